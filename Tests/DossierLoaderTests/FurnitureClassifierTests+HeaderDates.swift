import Testing

@testable import DossierLoader

/// Header lines around the headline: a dateline with the site's tagline beside it, and a
/// headline of one word with an exclamation mark.
extension FurnitureClassifierTests {
    /// A line that opens with the page's full date and goes on after a bar («05 مارس 2024 |
    /// موقع الواحة: دليلك إلى …») is the dateline, not the headline, though the lead shares
    /// more of its words; the headline above it is the title.
    @Test func aDatelineWithTheSiteTaglineIsNotTheHeadline() {
        let headline = "مهرجان المسرح يفتتح دورته الجديدة ويكرم ممثلين من الجيل الأول"
        let dateline = "05 مارس 2024 | موقع الواحة: دليلك إلى أخبار الفن والمسرح والسينما في الوطن العربي"
        let lead =
            "بحضور عدد كبير من نجوم الفن والمسرح في الوطن العربي، افتتح مهرجان المسرح مساء اليوم دورته الجديدة "
            + "التي تستمر عشرة أيام."
        let roles = Self.roles(["الرئيسية", headline, dateline, lead, Self.second])
        #expect(roles[headline] == "title", "\(roles)")
        #expect(roles[dateline] != "title")
        #expect(FurnitureClassifier.opensWithDateline("الأحد 05 مارس 2024 - موقع الواحة"))
        #expect(!FurnitureClassifier.opensWithDateline("5 مارس 2024.. موعد تطبيق القرار الجديد"))
        #expect(!FurnitureClassifier.opensWithDateline("الحكومة تقر موازنة 05 مارس 2024 | تفاصيل"))
    }

    /// A columnist's headline of one word ending with an exclamation mark («باهظ!») over the
    /// column's date is the title, so the date under it, not the site's clock above, dates
    /// the page; a menu's word over the same date is no title.
    @Test func aOneWordHeadlineWithAnExclamationMark() {
        let column =
            "في الأسواق غلاء وفي الطرقات زحمة، وكل من تقابله يطلب منك أن تدفع، ولا أحد يسأل من أين يأتي المال."
        let page = { (head: String) in
            Self.roles(["02 فبراير 2026", "دخول", head, "14 يونيو 2016", column, Self.second])
        }
        #expect(page("باهظ!")["باهظ!"] == "title", "\(page("باهظ!"))")
        #expect(page("الأسعار")["الأسعار"] != "title")
    }
}

extension FurnitureClassifierTests {
    /// The headline over the page's dateline stays the title when the line under the dateline,
    /// a photo's caption naming the man pictured, shares more words with the lead, which names
    /// him too: the caption is furniture. Without the dateline between them, the longer line
    /// that the lead matches best is still the title.
    @Test func aHeadlineOverItsDatelineOutranksTheCaptionUnderIt() {
        let headline = "مدير المحطة للإذاعة: المياه تصل الأحياء الشرقية خلال أسبوع بعد توقف الضخ"
        let dateline = "الأحد 12/05/2024 - 10:40"
        let caption = "المهندس المعتمد في هندسة المياه ومدير محطة التحلية في المدينة الساحلية سامر النجار"
        let lead =
            "أكد المهندس المعتمد في هندسة المياه ومدير محطة التحلية سامر النجار أن المياه ستصل الأحياء الشرقية "
            + "خلال أسبوع، بعد توقف الضخ يومين لصيانة الخطوط."
        let roles = Self.roles([headline, dateline, caption, lead, Self.second])
        #expect(roles[headline] == "title", "\(roles)")
        #expect(roles[caption] == "caption", "\(roles)")
        #expect(roles[lead] == "body")
        let undated = Self.roles([headline, caption, lead, Self.second])
        #expect(undated[caption] == "title", "\(undated)")
    }
}

extension FurnitureClassifierTests {
    /// A headline opening with «آخر تحديث» as its kicker, two dots after it («آخر تحديث.. سعر
    /// طن الإسمنت …»), is the title; the page's stamp «آخر تحديث:
    /// 11/10/2025» and «آخر تحديث.. 10:40» are no headline.
    @Test func anUpdateMarkerAsAHeadlinesKicker() {
        let headline = "آخر تحديث.. سعر طن الإسمنت في الأسواق المحلية اليوم الأحد 12/05/2024"
        let lead =
            "يتابع المقاولون وأصحاب المشاريع أسعار الإسمنت في الأسواق المحلية يوما بيوم، بعد ارتفاعها "
            + "مرتين خلال شهر واحد بسبب كلفة النقل."
        let roles = Self.roles([headline, lead, Self.second])
        #expect(roles[headline] == "title", "\(roles)")
        for stamp in ["آخر تحديث: 11/10/2025", "آخر تحديث.. 10:40"] {
            #expect(!LexicalFurniture.isMarkerKicker(stamp), "\(stamp)")
            #expect(Self.roles([stamp, Self.headline, lead, Self.second])[stamp] != "title", "\(stamp)")
        }
    }
}

extension FurnitureClassifierTests {
    /// A lone line over the lead, cut short with «...» or «…» and sharing no word with it, is
    /// another story's teaser (a ticker's item over a page that prints no headline), not the
    /// title, over a masthead's credit too; a headline cut short that names what the lead tells
    /// stays the title, and so does a lone headline sharing no word with the lead that is not cut.
    @Test func aLoneTeaserCutShortIsNoHeadline() {
        let lead =
            "في السابعة مساء غد السبت يلتقي فريق النصر نظيره فريق الوحدة على ملعب المدينة في أولى مباريات "
            + "الفريقين بالدوري هذا الموسم، بعد تأجيل مباراة الجولة الأولى."
        let teasers = [
            "أصدر مجلس الوزراء قرارا باعتماد الميزانية العامة للسنة المالية المقبلة وتوزيع...",
            "أعلنت وزارة الصحة حملة تطعيم جديدة في المدارس الحكومية خلال…",
        ]
        for teaser in teasers {
            let roles = Self.roles([teaser, "", lead, Self.second])
            #expect(roles[teaser] != "title", "\(roles)")
            #expect(roles[lead] == "body")
            // Over a masthead's credit, the one line above the body is no headline either.
            let credited = Self.roles([teaser, "رئيس التحرير: سامي الخطيب", "", lead, Self.second])
            #expect(credited[teaser] != "title", "\(credited)")
        }
        let cutHeadline = "النصر يلتقي الوحدة على ملعب المدينة في أولى مبارياته..."
        #expect(Self.roles([cutHeadline, "", lead, Self.second])[cutHeadline] == "title")
        let uncut = "ليلة كروية منتظرة بعد طول غياب"
        #expect(Self.roles([uncut, "", lead, Self.second])[uncut] == "title")
    }
}
