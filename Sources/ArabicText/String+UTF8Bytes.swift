extension String {
    /// Whether one of the string's UTF-8 bytes satisfies `predicate`, read in the string's
    /// buffer: through the `utf8` view, byte by byte, the quick tests made of every paragraph
    /// and value (a Latin letter? anything to escape? a carriage return?) came to about 2% of a
    /// 10,000-article build.
    @inlinable package func containsUTF8Byte(where predicate: (UInt8) -> Bool) -> Bool {
        var text = self
        return text.withUTF8 { $0.contains(where: predicate) }
    }

    /// Whether the string's UTF-8 bytes include `byte`.
    @inlinable package func containsUTF8Byte(_ byte: UInt8) -> Bool {
        containsUTF8Byte { $0 == byte }
    }

    /// The string's scalars, decoded from its UTF-8 bytes into room for their count (at least
    /// the scalar count): `Array(unicodeScalars)` walks the text twice, once to count it, and
    /// the scalar view's iterator decoded a byte at a time, 1.8% of a large build through
    /// `ArabicNormalizer.matchKey`.
    package func decodedScalars() -> [Unicode.Scalar] {
        withDecodedScalars { decoded in
            [Unicode.Scalar](unsafeUninitializedCapacity: decoded.bytes.count) { scalars, count in
                for scalar in decoded {
                    scalars[count] = scalar
                    count += 1
                }
            }
        }
    }

    /// Calls `body` with the string's scalars decoded from its UTF-8 bytes (`DecodedScalars`),
    /// for scans that read every scalar of a text: the scalar view's iterator decodes them
    /// more slowly.
    @inlinable package func withDecodedScalars<Result>(_ body: (DecodedScalars) throws -> Result) rethrows -> Result {
        var text = self
        return try text.withUTF8 { try body(DecodedScalars($0)) }
    }

    /// The scalars at each of `ranges` (scalar offsets, clamped to the string) as a string, the
    /// ranges' lower bounds in ascending order (equal ones allowed): each slice is reached from
    /// the one before by counting lead bytes and copied from the bytes, so the text is walked
    /// once however many slices are taken.
    package func scalarSlices(_ ranges: some Collection<Range<Int>>) -> [String] {
        var text = self
        return text.withUTF8 { bytes in
            var start = (byte: 0, scalar: 0)
            return ranges.map { range in
                precondition(range.lowerBound >= start.scalar, "scalar slices must come in ascending order")
                let skipped = range.lowerBound - start.scalar
                start = (bytes.offset(afterScalars: skipped, from: start.byte), range.lowerBound)
                let end = bytes.offset(afterScalars: range.count, from: start.byte)
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start.byte..<end]), as: UTF8.self)
            }
        }
    }
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// The offset of the scalar `count` scalars after the one starting at byte `offset` of these
    /// UTF-8 bytes (their count at most), found by skipping continuation bytes.
    package func offset(afterScalars count: Int, from offset: Int) -> Int {
        var offset = offset
        for _ in 0..<count where offset < self.count {
            offset += 1
            while offset < self.count, self[offset] & 0xC0 == 0x80 { offset += 1 }
        }
        return offset
    }
}

/// The scalars of valid UTF-8 bytes (a `String`'s), decoded one at a time by `scalar(at:)`;
/// valid while the bytes are.
@usableFromInline package struct DecodedScalars: Sequence, IteratorProtocol {
    /// The bytes decoded.
    @usableFromInline package let bytes: UnsafeBufferPointer<UInt8>
    /// Where the next scalar starts.
    @usableFromInline var index = 0

    @inlinable package init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    @inlinable package mutating func next() -> Unicode.Scalar? {
        index < bytes.count ? bytes.scalar(at: &index) : nil
    }
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// The scalar whose UTF-8 encoding starts at byte `index`, which moves past it. The bytes
    /// must be valid UTF-8, as a `String`'s are: the lead byte then says how many continuation
    /// bytes follow, and every value decoded is a scalar, so nothing is checked.
    @inlinable @inline(__always)
    package func scalar(at index: inout Int) -> Unicode.Scalar {
        let lead = UInt32(self[index])
        var value: UInt32
        if lead < 0x80 {
            value = lead
            index += 1
        } else if lead < 0xE0 {
            value = (lead & 0x1F) << 6 | UInt32(self[index + 1] & 0x3F)
            index += 2
        } else if lead < 0xF0 {
            value = (lead & 0x0F) << 12 | UInt32(self[index + 1] & 0x3F) << 6 | UInt32(self[index + 2] & 0x3F)
            index += 3
        } else {
            value = (lead & 0x07) << 18 | UInt32(self[index + 1] & 0x3F) << 12
            value |= UInt32(self[index + 2] & 0x3F) << 6 | UInt32(self[index + 3] & 0x3F)
            index += 4
        }
        return unsafeBitCast(value, to: Unicode.Scalar.self)
    }
}
