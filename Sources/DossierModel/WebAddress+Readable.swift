extension WebAddress {
    /// `address` as a reader should see it: each run of percent-escapes that spells letters
    /// beyond ASCII in UTF-8 («%D9%88%D9%82…», as a browser's address bar copies an Arabic
    /// path) decoded into those letters, as browsers show an address.
    ///
    /// Only for display: the link keeps the address as written. Escapes of ASCII (`%20`,
    /// `%2F`), a run that is not valid UTF-8, and one that would decode to an invisible or
    /// layout character (a control, a space, a bidi mark) stay escaped, so the text shown
    /// never hides or reorders part of the address.
    public static func readable(_ address: String) -> String {
        let bytes = Array(address.utf8)
        var result: [UInt8] = []
        var index = 0
        while index < bytes.count {
            var run: [UInt8] = []
            var end = index
            while let byte = escapedByte(in: bytes, at: end), byte >= 0x80 {
                run.append(byte)
                end += 3
            }
            if run.isEmpty {
                result.append(bytes[index])
                index += 1
                continue
            }
            if let text = String(validating: run, as: UTF8.self), text.unicodeScalars.allSatisfy(isShown) {
                result += run
            } else {
                result += bytes[index..<end]
            }
            index = end
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The byte `%XX` at `index` spells, if one is there.
    private static func escapedByte(in bytes: [UInt8], at index: Int) -> UInt8? {
        guard index + 2 < bytes.count, bytes[index] == UInt8(ascii: "%") else { return nil }
        return UInt8(String(decoding: bytes[(index + 1)...(index + 2)], as: UTF8.self), radix: 16)
    }

    /// False for scalars that show nothing or move text around: controls, format characters
    /// (bidi marks, joiners), spaces and separators.
    private static func isShown(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator, .privateUse, .unassigned,
            .surrogate:
            false
        default: true
        }
    }
}
