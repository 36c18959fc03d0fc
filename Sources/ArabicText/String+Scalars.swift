extension String {
    /// A string of `scalars`, encoded straight into its UTF-8 storage.
    ///
    /// `String.UnicodeScalarView.append(contentsOf:)` takes a generic path scalar by scalar;
    /// the tokeniser makes a string of every token (and the search a string of every word),
    /// so this one measures the bytes first and writes them once (a token of up to 15 bytes
    /// is stored inline, without an allocation). Inlinable, so that it is specialised for the
    /// caller's collection in other modules too (a generic call costs more than it saves).
    @inlinable public init(scalars: some Collection<Unicode.Scalar>) {
        var byteCount = 0
        for scalar in scalars { byteCount += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: byteCount) { buffer in
            var written = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    buffer[written] = byte
                    written += 1
                }
            }
            return written
        }
    }
}
