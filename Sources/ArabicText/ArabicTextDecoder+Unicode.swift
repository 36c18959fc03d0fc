/// UTF-16 and UTF-32 detection and strict decoding.
extension ArabicTextDecoder {
    /// Decodes a file that starts with a byte-order mark; nil when there is none.
    static func decodeWithByteOrderMark(_ bytes: [UInt8]) throws(TextDecodingError) -> DecodedText? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = Array(bytes.dropFirst(3))
            let check = UTF8Check(body)
            if let failure = check.firstFailure {
                throw TextDecodingError(
                    byteOffset: failure.offset + 3,
                    message: "invalid UTF-8 after a UTF-8 byte-order mark: \(failure.reason); re-save the file as UTF-8"
                )
            }
            guard let text = String(validating: body, as: UTF8.self) else {
                throw TextDecodingError(byteOffset: 3, message: "internal error: UTF-8 validation mismatch")
            }
            return DecodedText(text: text, encoding: "utf-8", note: "UTF-8 byte-order mark")
        }
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) {
            return try decodeUTF32(bytes, from: 4, bigEndian: false, note: "UTF-32LE byte-order mark")
        }
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            return try decodeUTF32(bytes, from: 4, bigEndian: true, note: "UTF-32BE byte-order mark")
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return try decodeUTF16(bytes, from: 2, bigEndian: false, note: "UTF-16LE byte-order mark")
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return try decodeUTF16(bytes, from: 2, bigEndian: true, note: "UTF-16BE byte-order mark")
        }
        return nil
    }

    /// Fewest 16-bit units taken as UTF-16 without a mark: below this, a stray NUL or two in
    /// a fragment (4 bytes «ا␀ ») would be half the units, which is no evidence at all.
    static let minimumUnmarkedUTF16Units = 8

    /// Decodes UTF-16 without a byte-order mark, recognised by its high bytes.
    ///
    /// Arabic letters are U+06xx and ASCII is U+00xx, so in UTF-16 the high byte is almost
    /// always 0x00 or 0x06, at odd offsets (LE) or even offsets (BE). UTF-8 and the legacy
    /// single-byte encodings never contain either byte in running text. Three conditions
    /// must hold together: at least `minimumUnmarkedUTF16Units` units; such a high byte in at
    /// least half the units at one parity and fewer than a quarter as many at the other; and
    /// the bytes must not read better as UTF-8 (more well-formed multi-byte sequences than
    /// ill-formed ones), which Arabic or Latin UTF-16 never does, since its high bytes are
    /// not UTF-8 continuation bytes.
    static func decodeUTF16WithoutMark(_ bytes: [UInt8]) throws(TextDecodingError) -> DecodedText? {
        guard bytes.count >= 2 * minimumUnmarkedUTF16Units, bytes.count % 2 == 0 else { return nil }
        var evenHigh = 0
        var oddHigh = 0
        for (offset, byte) in bytes.enumerated() where byte == 0x00 || byte == 0x06 {
            if offset % 2 == 0 { evenHigh += 1 } else { oddHigh += 1 }
        }
        let units = bytes.count / 2
        let littleEndian = oddHigh * 2 >= units && evenHigh * 4 < oddHigh
        let bigEndian = evenHigh * 2 >= units && oddHigh * 4 < evenHigh
        guard littleEndian || bigEndian else { return nil }
        let utf8 = UTF8Check(bytes)
        guard utf8.multiByteSequences <= utf8.invalidSequences else { return nil }
        if littleEndian {
            return try decodeUTF16(
                bytes, from: 0, bigEndian: false,
                note: "no byte-order mark; high bytes 0x00/0x06 at odd offsets (\(oddHigh) of \(units) units)")
        }
        return try decodeUTF16(
            bytes, from: 0, bigEndian: true,
            note: "no byte-order mark; high bytes 0x00/0x06 at even offsets (\(evenHigh) of \(units) units)")
    }

    /// Strict UTF-16 decoding from `start`; unpaired surrogates and odd lengths throw.
    static func decodeUTF16(_ bytes: [UInt8], from start: Int, bigEndian: Bool, note: String) throws(TextDecodingError)
        -> DecodedText
    {
        let name = bigEndian ? "utf-16be" : "utf-16le"
        guard (bytes.count - start) % 2 == 0 else {
            throw TextDecodingError(
                byteOffset: bytes.count - 1,
                message: "\(name) file has an odd number of bytes: the last byte is half a character (truncated file?)")
        }
        var units: [UInt16] = []
        units.reserveCapacity((bytes.count - start) / 2)
        var offset = start
        while offset < bytes.count {
            let first = UInt16(bytes[offset])
            let second = UInt16(bytes[offset + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            offset += 2
        }
        var index = 0
        while index < units.count {
            let unit = units[index]
            if UTF16.isLeadSurrogate(unit) {
                guard index + 1 < units.count, UTF16.isTrailSurrogate(units[index + 1]) else {
                    throw TextDecodingError(
                        byteOffset: start + index * 2,
                        message:
                            "\(name): high surrogate 0x\(String(unit, radix: 16, uppercase: true)) is not followed by a low surrogate"
                    )
                }
                index += 2
            } else if UTF16.isTrailSurrogate(unit) {
                throw TextDecodingError(
                    byteOffset: start + index * 2,
                    message:
                        "\(name): low surrogate 0x\(String(unit, radix: 16, uppercase: true)) without a high surrogate")
            } else {
                index += 1
            }
        }
        guard let text = String(validating: units, as: UTF16.self) else {
            throw TextDecodingError(byteOffset: start, message: "internal error: UTF-16 validation mismatch")
        }
        return DecodedText(text: text, encoding: name, note: note)
    }

    /// Strict UTF-32 decoding from `start`.
    static func decodeUTF32(_ bytes: [UInt8], from start: Int, bigEndian: Bool, note: String) throws(TextDecodingError)
        -> DecodedText
    {
        let name = bigEndian ? "utf-32be" : "utf-32le"
        guard (bytes.count - start) % 4 == 0 else {
            throw TextDecodingError(
                byteOffset: bytes.count - (bytes.count - start) % 4,
                message: "\(name) file length is not a multiple of 4 bytes (truncated file?)")
        }
        var scalars = String.UnicodeScalarView()
        var offset = start
        while offset < bytes.count {
            let quad = bytes[offset..<offset + 4].map(UInt32.init)
            let value =
                bigEndian
                ? quad[0] << 24 | quad[1] << 16 | quad[2] << 8 | quad[3]
                : quad[3] << 24 | quad[2] << 16 | quad[1] << 8 | quad[0]
            guard let scalar = Unicode.Scalar(value) else {
                throw TextDecodingError(
                    byteOffset: offset,
                    message: "\(name): 0x\(String(value, radix: 16, uppercase: true)) is not a Unicode scalar value")
            }
            scalars.append(scalar)
            offset += 4
        }
        return DecodedText(text: String(scalars), encoding: name, note: note)
    }
}
