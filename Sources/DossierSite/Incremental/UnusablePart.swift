import DossierModel
import DossierOutput

/// A file of the build cache that could not be used, and why, as the build's note tells it.
struct UnusablePart: Error, Sendable {
    /// The most bytes a file of the cache may have before it is taken as damaged, unread: a
    /// dossier of 10,000 articles writes none over about 100 MB (the comparison's 102 MB), and
    /// each is read whole into memory, so a 100 GB sparse file (a damaged disk, a deliberate
    /// file) was read for minutes until memory ran out.
    static let largestPart = 4_000_000_000

    /// The file's path.
    let path: String
    /// Its size, when that alone made it unusable; nil when it was unreadable, damaged or of
    /// another cache version.
    var size: Int?
    /// The most bytes a part could have when it was read.
    var limit = largestPart

    /// How the note names the file and what is wrong with it.
    var description: String {
        guard let size else { return "\(path) is unreadable or from another version" }
        return "\(path) has \(DecimalByteCount.text(size)), more than a part of it may have "
            + "(\(DecimalByteCount.text(limit)))"
    }

    /// The bytes of the cache's file at `path`, unless it is unreadable or has more than
    /// `limit` bytes (then nothing of it is read).
    static func bytes(_ path: String, atMost limit: Int) -> Result<[UInt8], UnusablePart> {
        do {
            return .success(try FileBytes.read(path, atMost: limit))
        } catch let oversized as OversizedFile {
            return .failure(UnusablePart(path: path, size: oversized.size, limit: limit))
        } catch {
            return .failure(UnusablePart(path: path))
        }
    }
}
