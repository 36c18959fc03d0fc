/// A type with one value that nearly every page model carries (the interface's words): the
/// digest writes a value equal to `reference` as the reference's own digest, computed once per
/// process, instead of walking its hundreds of strings on every page.
///
/// The value is still compared with the reference on every page (`isReference`: an `==` of
/// strings that share storage, far cheaper than hashing them), and a value that differs is
/// written whole, so the fingerprint changes whenever the bytes the value renders would.
package protocol DigestConstant: Encodable, Equatable, Sendable {
    /// The value the site is built with.
    static var reference: Self { get }
    /// `Fingerprint.of(reference)`, computed once (a `static let` of the conforming type).
    static var referenceDigest: String { get }
}

extension DigestConstant {
    /// Whether this value is the reference value.
    package var isReference: Bool { self == Self.reference }
    /// The digest of the reference value (see `DigestConstant`).
    package var referenceDigest: String { Self.referenceDigest }
}
