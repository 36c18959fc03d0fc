import Testing

@testable import DossierLoader

/// Paragraphs with a headline, caption or form label glued to their end by a copy that lost
/// a line break, told from captions that close with their credit and from headlines that
/// join two halves with «..». A story of its own: a strike at a port.
@Suite struct GluedTailTests {
    @Test func sentenceWithSomethingGluedAfterItIsAParagraph() {
        for text in [
            // A teaser headline of another story.
            "وشدد ممثل النقابة على أن العمال لن يعودوا إلى الأرصفة قبل توقيع الاتفاق. أسعار الذهب تتراجع في الأسواق المحلية",
            // A comment form's label after two sentences.
            "وتوقفت الرافعات عن العمل منذ فجر الاثنين. ولم تصدر إدارة الميناء أي بيان. الحقول المطلوبة مشار إليها بنجمة",
            // A long question, then a headline.
            "فهل تستطيع الحكومة أن تقنع العمال بالعودة إلى الأرصفة قبل أن تتكدس الحاويات في الساحات وتتأخر شحنات القمح المنتظرة؟ جولة جديدة من المفاوضات",
            "Dock workers said they would not return until the agreement was signed. Gold prices slip on local markets",
            // A quote that trails off, then a headline.
            "\"لن نعود، مهما طال الإضراب، إلى الأرصفة قبل أن نرى توقيع الوزير على الاتفاق...\" 44 مليون دولار خسائر الميناء",
            "العمال لن يعودوا، مهما طال الإضراب، إلى الأرصفة قبل أن يروا توقيع الوزير… أسعار الذهب تتراجع",
        ] {
            #expect(GluedTail.opensWithProse(text), "\(text)")
            let line = TextLine(text: text, line: 1, block: 0)
            #expect(line.isParagraph && !line.isHeadlineLike, "\(text)")
            // Its own shape still says nothing: word-list checks of bylines and menus use it.
            #expect(!line.isProse, "\(text)")
        }
    }

    @Test func captionsKeepTheirCredit() {
        for text in [
            "عمال الميناء يعتصمون أمام البوابة الرئيسية صباح الاثنين. (رويترز)",
            "سفن تنتظر التفريغ قبالة الرصيف الشمالي للميناء. تصوير: سامي نعمة",
            "رافعات متوقفة في الساحة الجنوبية للميناء منذ أيام. صورة أرشيفية",
            "Dock workers gather outside the main gate of the port on Monday. Photo: AFP",
            "Cranes stand idle at the southern terminal of the port on Tuesday. Reuters/Jane Doe",
        ] {
            #expect(!GluedTail.opensWithProse(text), "\(text)")
        }
    }

    @Test func headlinesAndShortLinesStayHeadlines() {
        for text in [
            // Two halves joined by «..» or «…».
            "إضراب الميناء يدخل أسبوعه الثاني في المدينة الساحلية.. والحكومة تبحث عن مخرج",
            "إضراب الميناء يدخل أسبوعه الثاني في المدينة الساحلية… والحكومة تبحث عن مخرج",
            // A long first half, but without a comma between clauses.
            "إضراب عمال الميناء يدخل أسبوعه الثاني في المدينة الساحلية وسط تكدس الحاويات.. والحكومة تبحث عن مخرج",
            // A comma, but a short first half.
            "الميناء، الإضراب والحاويات.. والحكومة تبحث عن مخرج",
            // A short question with a headline after it.
            "ما سر الخلاف بين النقابة وإدارة الميناء؟ أسعار الذهب تتراجع",
            // Too short before the stop: an abbreviated title.
            "د. سامي نعمة يتحدث للصحفيين عند البوابة",
            // A dot inside a number is no sentence end.
            "ارتفاع أسعار الشحن 3.5 في المئة خلال أسبوع الإضراب الأول",
            // Nothing after the sentence.
            "وقال ممثل النقابة إن العمال لن يعودوا إلى الأرصفة قبل توقيع الاتفاق.",
            "وقال ممثل النقابة إن العمال لن يعودوا إلى الأرصفة قبل توقيع الاتفاق. »",
        ] {
            #expect(!GluedTail.opensWithProse(text), "\(text)")
        }
    }

    /// A title or an initial with its full stop before a name ends no sentence: the headline
    /// «… de M. Saïd Saayoud …» opens with no prose of its own.
    @Test func titleOrInitialBeforeANameEndsNoSentence() {
        #expect(!GluedTail.opensWithProse("Une visite d'inspection de M. Saïd Saayoud à la Daira d'Ain Al-Türk"))
        #expect(!GluedTail.opensWithProse("The new hospital wing was opened by Dr. Smith on Monday morning"))
        #expect(GluedTail.opensWithProse("The new hospital wing was opened on Monday morning. Health minister visits"))
    }
}
