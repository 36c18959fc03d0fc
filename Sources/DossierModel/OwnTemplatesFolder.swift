/// The folder inside a dossier whose templates replace the built-in ones: read by the build,
/// and named by the loader when the folder is there in another spelling.
public enum OwnTemplatesFolder {
    /// Its name, `Templates`.
    public static let name = "Templates"
}
