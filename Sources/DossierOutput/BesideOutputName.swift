import Foundation

/// The part of an output's name that the names a build gives its files beside the output start
/// from (`.<stem>.dossier-lock`, `.<stem>.dossier-staging-XXXXXX`…). It is the output's name
/// when those names fit in a file name's 255 bytes; a longer name (a valid output name has up to
/// 255 bytes) is cut, at a character's end, and a digest of the whole name is added, so that two
/// long names that differ only after the cut still get names of their own.
enum BesideOutputName {
    /// The most bytes a file name may have (`NAME_MAX` on Linux's and macOS's file systems).
    static let nameLimit = 255
    /// The most bytes a build adds to the stem: `.` before it, `.dossier-previous-` and
    /// `mkdtemp`'s six letters after it.
    static let longestAddition = 1 + ".dossier-previous-".utf8.count + 6
    /// The hex digits of the digest of a long name.
    static let digestLength = 16

    /// The stem for the output named `name`.
    static func stem(for name: String) -> String {
        let room = nameLimit - longestAddition
        guard name.utf8.count > room else { return name }
        var kept = Substring(name)
        while kept.utf8.count > room - 1 - digestLength { kept = kept.dropLast() }
        return String(kept) + "-" + FileStamp.sha256(Array(name.utf8)).prefix(digestLength)
    }
}
