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

    /// Whether the string has the same UTF-8 bytes as `other` (no canonical equivalence).
    @inlinable package func hasSameUTF8(as other: String) -> Bool {
        var (text, other) = (self, other)
        return text.withUTF8 { bytes in other.withUTF8 { bytes.hasSameBytes(as: $0) } }
    }

    /// The scalars at `range` (scalar offsets, clamped to the string) as a string, copied from
    /// the UTF-8 bytes found by counting lead bytes: no array of every scalar of the string.
    package func scalarSlice(_ range: Range<Int>) -> String {
        var text = self
        return text.withUTF8 { bytes in
            let start = bytes.offset(afterScalars: range.lowerBound, from: 0)
            let end = bytes.offset(afterScalars: range.count, from: start)
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
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
