/// Makes a `String` of Unicode scalars by encoding them into a byte buffer and creating the
/// string once, which costs less than appending scalars to a `String.UnicodeScalarView` one by
/// one (each append re-checks the string's storage and flags). The result is the same string.
public enum ScalarString {
    /// The string of `scalars`, in order.
    @inlinable
    public static func make<Scalars: Collection<Unicode.Scalar>>(_ scalars: Scalars) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count * 2)
        for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }
}
