/// A request path checked before it goes near the disk: percent-decoded once, split into
/// components, and refused when it could name something other than what it spells.
struct RequestPath: Sendable, Equatable {
    /// The decoded path components, without empty ones.
    let components: [String]
    /// True when the path ends with a slash (a folder asked for as such).
    let endsWithSlash: Bool

    /// Why a path was refused.
    enum Rejection: Error, Equatable {
        /// An escape that is not `%XX` or that decodes to bytes that are not UTF-8.
        case badEncoding
        /// `%2F` or `%5C`: a separator the file system would see but the router did not.
        case encodedSeparator
        /// A control character (NUL included) after decoding: the file system cuts a path at
        /// NUL, so the file read would not be the file whose name picked the content type.
        case controlCharacter
        /// `.` or `..`: a walk out of (or around) the served folder.
        case dotSegment
    }

    /// Checks and decodes `rawPath` (percent-encoded, without the query).
    static func parse(_ rawPath: String) -> Result<RequestPath, Rejection> {
        let lowered = rawPath.lowercased()
        guard !lowered.contains("%2f"), !lowered.contains("%5c") else { return .failure(.encodedSeparator) }
        guard let decoded = rawPath.removingPercentEncoding else { return .failure(.badEncoding) }
        guard !decoded.unicodeScalars.contains(where: isControl) else { return .failure(.controlCharacter) }
        let components = decoded.split(separator: "/").map(String.init)
        guard !components.contains(where: { $0 == ".." || $0 == "." }) else { return .failure(.dotSegment) }
        return .success(RequestPath(components: components, endsWithSlash: decoded.hasSuffix("/")))
    }

    /// C0 and C1 controls and DEL: never part of a file name the site writes.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
