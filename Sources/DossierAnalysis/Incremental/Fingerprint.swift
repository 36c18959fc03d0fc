import Crypto
import DossierModel
import Foundation

/// Stable digests of what a page's bytes depend on, for skipping unchanged work between builds.
/// Unlike `Hasher`, the result is the same in every process, so it can be kept in the build cache.
package enum Fingerprint {
    /// Lower-case hex SHA-256 of `salt` followed by the `DigestEncoder` bytes of `value`
    /// (dictionaries and sets sorted, so the digest does not depend on their order).
    package static func of<Value: Encodable>(_ value: Value, salt: String = "") throws -> String {
        let encoder = DigestEncoder()
        encoder.appendString(salt)
        try encoder.append(value)
        return Hex.lowercase(encoder.finalize())
    }

    /// The digest of a `DigestConstant`'s reference value, written field by field (a random
    /// string should encoding fail, so that no page then matches a previous build's).
    package static func constant(_ value: some DigestConstant) -> String {
        let encoder = DigestEncoder()
        encoder.appendString("")
        do {
            try encoder.appendContents(of: value)
        } catch {
            return UUID().uuidString
        }
        return Hex.lowercase(encoder.finalize())
    }
}
