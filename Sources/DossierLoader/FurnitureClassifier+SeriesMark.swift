import ArabicText

extension FurnitureClassifier {
    /// How a section's head marks it as one of a series the story sets out: an interview's
    /// question turn («س: وماذا عن المستشفيات؟»), an ordinal («ثالثاً: مشتريات البنوك
    /// المركزية»), or a numbered entry («٢- فرنسا»). A head marked as lines the story kept
    /// above it (`ToldSeries`) is the next of the story's series, not another story's headline.
    enum SeriesMark: Hashable {
        case interviewTurn
        case ordinal
        /// An entry of a numbered list, with its number.
        case number(Int)

        /// The mark of `head`, or nil when it has none.
        init?(_ head: TextLine) {
            if head.isInterviewTurn {
                self = .interviewTurn
            } else if Self.ordinals.contains(String(head.key.prefix { $0 != " " })) {
                self = .ordinal
            } else if let number = Self.entryNumber(head) {
                self = .number(number)
            } else {
                return nil
            }
        }

        /// The ordinals that head the points of a list («أولاً», «ثانياً», … «أخيراً»), as keys.
        private static let ordinals = Set(
            "أولا|ثانيا|ثالثا|رابعا|خامسا|سادسا|سابعا|ثامنا|تاسعا|عاشرا|أخيرا".split(separator: "|").map {
                TextLine.wordKey(String($0))
            })

        /// The number opening `line` as an entry of a numbered list («٢- فرنسا», «3. …», «4)
        /// …»): one or two digits, a dash, a dot or a parenthesis after them (a space between
        /// will do), then words. Nil for any other line.
        static func entryNumber(_ line: TextLine) -> Int? {
            var value = 0
            var digits = 0
            var spaced = false
            for scalar in line.text.unicodeScalars {
                if let digit = digitValue(scalar) {
                    guard digits < 2, !spaced else { return nil }
                    value = value * 10 + digit
                    digits += 1
                } else if digits > 0, scalar == " ", !spaced {
                    spaced = true
                } else {
                    guard digits > 0, "-–.)".unicodeScalars.contains(scalar), line.wordCount >= 2 else { return nil }
                    return value
                }
            }
            return nil
        }

        /// The value of a Western, Arabic-Indic or Eastern Arabic-Indic digit.
        private static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
            switch scalar.value {
            case 0x30...0x39: Int(scalar.value - 0x30)
            case 0x0660...0x0669: Int(scalar.value - 0x0660)
            case 0x06F0...0x06F9: Int(scalar.value - 0x06F0)
            default: nil
            }
        }
    }

    /// The series the lines the story kept belong to (`SeriesMark`), noted in reading order.
    struct ToldSeries {
        /// The interview turns and ordinals the story kept.
        private var kinds: Set<SeriesMark> = []
        /// The number of the last numbered entry the story kept.
        private var lastNumber: Int?

        /// Notes `line`, which the story kept.
        mutating func note(_ line: TextLine) {
            switch SeriesMark(line) {
            case .number(let number): lastNumber = number
            case let mark?: kinds.insert(mark)
            case nil: break
            }
        }

        /// Whether `head` goes on with a series the story kept: an interview turn or an ordinal
        /// under lines marked so, the entry numbered next after the last one kept.
        func isContinued(by head: TextLine) -> Bool {
            switch SeriesMark(head) {
            case .number(let number): lastNumber.map { number == $0 + 1 } ?? false
            case let mark?: kinds.contains(mark)
            case nil: false
            }
        }
    }
}
