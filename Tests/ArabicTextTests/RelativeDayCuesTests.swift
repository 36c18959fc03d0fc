import Foundation
import Testing

@testable import ArabicText

/// The cue-word test that lets `RelativeDayParser` skip most paragraphs must never hide a
/// relative day: whatever the spelling (hamza, diacritics, tatweel, proclitics, presentation
/// forms, decomposed marks), a text the parser finds a day in passes the test.
struct RelativeDayCuesTests {
    /// One expression of every kind the parser knows, in several spellings.
    private static let expressions = [
        "أمس", "امس", "الأمس", "وأمس", "بالأمس", "وبالأمس", "أمسِ", "أمـــس", "أَمْسِ الأربعاء", "أمس الأول",
        "أول أمس", "وأول من أمس", "قبل أمس", "اليوم الخميس", "اليَوْمَ الخميس", "اليـوم الخميس", "صباح اليوم",
        "ومساء اليوم", "غداً الجمعة", "غدا الجمعة", "وغداً السبت", "بعد غد", "بعد غدٍ", "الخميس الماضي",
        "الخميسَ المقبل", "الجمعة المقبلة", "الجمعه القادمة", "السبت الفائت", "الأحد المنصرم", "الإثنين السابق",
        "الاثنين المقبل", "الثلاثاء الماضي", "الثلاثا\u{0621} الماضي", "الأربعاء القادم", "الاربعاء الماضي",
        "الأربعـــاء الماضي", "اليوم\u{200C} الخميس", "ﺃﻣﺲ", "ا\u{0654}مس", "الثلاثا\u{0648}\u{0654} الماضي",
    ]

    /// Where an expression is put: alone, inside a sentence, glued to punctuation and Latin text.
    private static let frames = ["%", "قال الوزير %، ثم غادر", "(%)", "«%»", "abc %.", "%\nوفي السياق", "—%—"]

    @Test func everyKindOfExpressionPassesTheTest() {
        for expression in Self.expressions {
            let text = "وقال المتحدث \(expression)، إن الاجتماع انتهى."
            #expect(RelativeDayCues.mayContain(text), "\(expression)")
        }
    }

    @Test func theTestNeverDropsWhatTheParserFinds() {
        var found = 0
        for expression in Self.expressions {
            for frame in Self.frames {
                let text = frame.replacingOccurrences(of: "%", with: expression)
                let parsed = RelativeDayParser.parse(text)
                found += parsed.count
                #expect(RelativeDayParser.days(in: text) == parsed, "\(text)")
            }
        }
        // The expressions are real ones: the parser finds days in most of them.
        #expect(found >= Self.expressions.count * Self.frames.count / 2)
    }

    /// The test on a text's L1 key, or on that key with its punctuation turned into spaces (a
    /// line's word key), lets through every day the parser finds.
    @Test func theKeyTestNeverDropsWhatTheParserFinds() {
        for expression in Self.expressions {
            for frame in Self.frames {
                let text = frame.replacingOccurrences(of: "%", with: expression)
                let key = ArabicNormalizer.matchKeyString(text)
                let spaced = String(
                    String.UnicodeScalarView(
                        key.unicodeScalars.map {
                            $0.properties.isAlphabetic || $0.properties.numericType != nil ? $0 : " "
                        }
                    ))
                #expect(RelativeDayParser.days(in: text, key: key) == RelativeDayParser.parse(text), "\(text)")
                #expect(RelativeDayParser.days(in: text, key: spaced) == RelativeDayParser.parse(text), "\(text)")
                #expect(RelativeDayCues.mayContain(key: key), "\(text)")
            }
        }
        for text in ["", "أعلنت الحكومة عن خطة جديدة لدعم المزارعين.", "The minister said yesterday.", "ام س", "غ2د"] {
            #expect(!RelativeDayCues.mayContain(key: ArabicNormalizer.matchKeyString(text)), "\(text)")
        }
        #expect(RelativeDayCues.mayContain(key: ArabicNormalizer.matchKeyString("وصل الوفد إلى بغداد")))
    }

    @Test func textWithoutACueWordIsSkipped() {
        #expect(!RelativeDayCues.mayContain(""))
        #expect(!RelativeDayCues.mayContain("أعلنت الحكومة عن خطة جديدة لدعم المزارعين في المناطق الريفية."))
        #expect(!RelativeDayCues.mayContain("The minister said yesterday that talks would resume on Monday."))
        #expect(!RelativeDayCues.mayContain("يوم ١٢ مارس ٢٠٢٤"))
        // A cue word split by a space, a digit or a Latin letter is no cue word.
        #expect(!RelativeDayCues.mayContain("ام س"))
        #expect(!RelativeDayCues.mayContain("غ2د"))
        #expect(!RelativeDayCues.mayContain("الخمxيس"))
        // Inside a longer word it is a cue all the same: the parser decides («بغداد»).
        #expect(RelativeDayCues.mayContain("وصل الوفد إلى بغداد"))
    }

    @Test func cueWordsComeFromTheParserTables() {
        let words = Set(RelativeDayCues.words)
        #expect(words.contains(ArabicNormalizer.matchKeyString("أمس")))
        #expect(words.contains(ArabicNormalizer.matchKeyString("اليوم")))
        #expect(words.contains(ArabicNormalizer.matchKeyString("غد")))
        #expect(!words.contains(ArabicNormalizer.matchKeyString("الأمس")))
        for weekday in RelativeDayParser.weekdays.keys { #expect(words.contains(weekday.text)) }
    }
}
