import ArabicText

/// Splits an article's L0 text into paragraph candidates, keeping each one's source line.
///
/// Blocks are separated by blank lines. Inside a block, lines are separate paragraphs (pasted
/// web pages put one paragraph per line), unless the block looks hard-wrapped: several lines
/// of similar length, none ending a sentence, which are then joined with spaces; or the block
/// holds such runs among other lines (`wrappedRuns`), which are joined each. A line of
/// HTML markup is cut into the paragraphs its elements make (`HTMLFragment`).
enum ParagraphSplitter {
    /// `firstLine` is the file line of the text's first line (after a front matter).
    static func lines(of text: String, firstLine: Int) -> [TextLine] {
        var result: [TextLine] = []
        var block: [(text: String, line: Int)] = []
        var blockIndex = 0
        func flush() {
            guard !block.isEmpty else { return }
            let texts = block.map(\.text)
            let runs = isHardWrapped(texts) ? [0..<block.count] : wrappedRuns(texts)
            var index = 0
            for run in runs + [block.count..<block.count] {
                for item in block[index..<run.lowerBound] {
                    result.append(TextLine(text: item.text, line: item.line, block: blockIndex))
                }
                if !run.isEmpty {
                    let joined = texts[run].joined(separator: " ")
                    result.append(TextLine(text: joined, line: block[run.lowerBound].line, block: blockIndex))
                }
                index = run.upperBound
            }
            block.removeAll()
            blockIndex += 1
        }
        for (offset, raw) in lineSlices(of: text).enumerated() {
            // A line of HTML markup gives its paragraphs, each a block, at the line's number.
            if let paragraphs = HTMLFragment.paragraphs(in: raw) {
                flush()
                for paragraph in paragraphs.map({ trim($0[...]) }) where !paragraph.isEmpty {
                    block.append((paragraph, firstLine + offset))
                    flush()
                }
                continue
            }
            let trimmed = trim(raw)
            if trimmed.isEmpty { flush() } else { block.append((trimmed, firstLine + offset)) }
        }
        flush()
        return joiningWrappedBlocks(result)
    }

    /// `lines` with each run of lines wrapped one to a block joined into one line: some pages
    /// (a blog's «<br><br>») copy every line of a paragraph with a blank line after it. A run
    /// is three or more lines each alone in its block, hard-wrapped as a block's lines are
    /// (`isHardWrapped`), the last closing a sentence, and a third of the others or more ending
    /// with a comma or a function word («حيث ضرب», «تلاه بعد»), as no list of headlines does.
    static func joiningWrappedBlocks(_ lines: [TextLine]) -> [TextLine] {
        let alone = lines.indices.map { index in
            (index == 0 || lines[index - 1].block != lines[index].block)
                && (index == lines.count - 1 || lines[index + 1].block != lines[index].block)
        }
        var result: [TextLine] = []
        var start = 0
        while start < lines.count {
            var end = start
            // A paragraph is not wrapped on more lines: a page of thousands of lone lines
            // (a menu's items) is not searched again and again from each.
            while end < lines.count, end - start < 60, alone[end], !endsSentence(lines[end].text) { end += 1 }
            let closed = end < lines.count && alone[end] && endsSentence(lines[end].text)
            let texts = closed ? lines[start...end].map(\.text) : []
            if texts.count >= 3, isHardWrapped(texts), texts.dropLast().count(where: endsOpen) * 3 >= texts.count - 1 {
                result.append(
                    TextLine(text: texts.joined(separator: " "), line: lines[start].line, block: lines[start].block))
                start = end + 1
            } else {
                result.append(lines[start])
                start += 1
            }
        }
        return result
    }

    /// Whether `line` ends with a comma or a function word, the conjunction «و» before it or
    /// not («ولن»): a sentence goes on after it.
    private static func endsOpen(_ line: String) -> Bool {
        if line.hasSuffix("،") || line.hasSuffix(",") { return true }
        guard let last = line.split(whereSeparator: \.isWhitespace).last else { return false }
        let key = ArabicNormalizer.matchKeyString(String(last))
        let bare = key.hasPrefix("و") && key.count > 2 ? String(key.dropFirst()) : nil
        return LanguageProfile.all.contains { profile in
            profile.functionWords.contains(key) || bare.map(profile.functionWords.contains) == true
        }
    }

    /// The lines of `text`, as `text.split(separator: "\n", omittingEmptySubsequences: false)`
    /// gives them. Without a CR (an L0 text has none) a line feed is a character of its own,
    /// so the UTF-8 bytes are cut at each 0x0A, found by `memchr`, instead of walking the
    /// characters or testing every byte through the `utf8` view.
    static func lineSlices(of text: String) -> [Substring] {
        guard !text.containsUTF8Byte(0x0D) else { return text.split(separator: "\n", omittingEmptySubsequences: false) }
        var copy = text
        let newlines = copy.withUTF8 { bytes in
            var offsets: [Int] = []
            var start = 0
            while let newline = bytes.firstIndex(of: 0x0A, from: start) {
                offsets.append(newline)
                start = newline + 1
            }
            return offsets
        }
        let utf8 = text.utf8
        var slices: [Substring] = []
        slices.reserveCapacity(newlines.count + 1)
        var start = utf8.startIndex
        for offset in newlines {
            let end = utf8.index(utf8.startIndex, offsetBy: offset)
            slices.append(text[start..<end])
            start = utf8.index(after: end)
        }
        slices.append(text[start...])
        return slices
    }

    /// Removes leading and trailing whitespace, including NBSP and other Unicode spaces.
    static func trim(_ text: Substring) -> String {
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { !isSpace($0) }),
            let end = scalars.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(scalars[start...end])
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        ScalarTraits.isWhitespace(scalar) || scalar.value == 0x200B
    }

    /// The hard-wrapped paragraphs of a block that has other lines too (a print or PDF copy
    /// with no blank lines: a header, then paragraphs wrapped at one width, each ending a
    /// sentence): runs of at least three lines, all but the last "full" (within 15% of the
    /// block's widest line, 50 to 100 characters) and not ending a sentence, the last no wider;
    /// and runs of two, a full line ending with a comma or a function word («… ولن», «…
    /// في») over a line that ends the sentence («يتضرر منها.»), which no headline over its
    /// caption or lead does.
    /// The block must show the width: at least four full lines, half of its lines; so a
    /// ticker's headlines, of many lengths, stay apart. A line that dates the page ends a run.
    static func wrappedRuns(_ lines: [String]) -> [Range<Int>] {
        guard lines.count >= 4 else { return [] }
        let lengths = lines.map { $0.unicodeScalars.count }
        guard let widest = lengths.max(), (50...100).contains(widest) else { return [] }
        let full = lengths.map { Double($0) >= 0.85 * Double(widest) }
        let fullCount = full.count { $0 }
        guard fullCount >= 4, 2 * fullCount >= lines.count else { return [] }
        func continues(_ index: Int) -> Bool {
            full[index] && !endsSentence(lines[index]) && !DateSupport.isDatingLine(lines[index])
        }
        var runs: [Range<Int>] = []
        var start = 0
        while start < lines.count {
            var end = start
            while end < lines.count - 1, continues(end) { end += 1 }
            // `end` is the run's last line: the first that does not continue the sentence.
            if end - start >= 2 || (end - start == 1 && endsOpen(lines[start]) && endsSentence(lines[end])),
                !DateSupport.isDatingLine(lines[end]),
                Set(lines[start...end]).count == end - start + 1
            {
                runs.append(start..<(end + 1))
                start = end + 1
            } else {
                start += 1
            }
        }
        return runs
    }

    /// Whether `line` ends with a mark that closes a sentence.
    private static func endsSentence(_ line: String) -> Bool {
        guard let last = line.unicodeScalars.last else { return false }
        return sentenceEnds.contains(last)
    }

    /// The marks that close a sentence, which no wrapped line but a paragraph's last ends with.
    private static let sentenceEnds: Set<Unicode.Scalar> = [".", "؟", "?", "!", ":", "…"]

    /// Hard-wrapped prose: at least three distinct lines, every line but the last of similar
    /// length (within a quarter of the longest, 30 to 100 characters), the last no longer, and
    /// none but the last ending a sentence. Two-line blocks stay split: a headline over a
    /// caption looks the same; so does a block with a line that dates the page, a page's
    /// dateline over its headline printed again and a caption, which no wrapped sentence has.
    static func isHardWrapped(_ lines: [String]) -> Bool {
        guard lines.count >= 3 else { return false }
        let wrapped = lines.dropLast()
        let lengths = wrapped.map { $0.unicodeScalars.count }
        // The cheap tests first: hashing Arabic strings (for the distinctness test) is not.
        guard let longest = lengths.max(), longest <= 100, longest >= 30,
            let lastLength = lines.last?.unicodeScalars.count, lastLength <= longest
        else { return false }
        guard lengths.allSatisfy({ Double($0) >= 0.75 * Double(longest) }) else { return false }
        let unterminated = wrapped.allSatisfy { !$0.isEmpty && !endsSentence($0) }
        return unterminated && Set(lines).count == lines.count && !lines.contains(where: DateSupport.isDatingLine)
            && !isBareDateMarker(lines[lines.count - 1])
    }

    /// Whether `line` is a publication marker whose date the copy lost («تم النشر في», «آخر
    /// تحديث»): three words at most, opening with a byline marker, ending no sentence. A
    /// wrapped paragraph's last line closes its sentence; a block that ends so is a page's
    /// standfirst, headline and stamp, each a line of its own.
    private static func isBareDateMarker(_ line: String) -> Bool {
        guard !endsSentence(line), line.split(whereSeparator: \.isWhitespace).count <= 3 else { return false }
        return LexicalFurniture.opensWithBylineMarker(TextLine.wordKey(line))
    }
}
