/// `robots.txt`: allow everything; point at the sitemap when there is one.
public enum RobotsFile {
    /// Site path of the file.
    public static let path = "robots.txt"

    /// The file's text.
    public static func text(baseURL: String?) -> String {
        var text = "User-agent: *\nAllow: /\n"
        if let base = SiteURL.normalizedBase(baseURL) {
            text += "\nSitemap: \(SiteURL.absolute(Sitemap.path, base: base))\n"
        }
        return text
    }
}
