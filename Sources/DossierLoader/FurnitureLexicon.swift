/// Word lists of common Arabic (and English) news-site furniture, compared on `TextLine.key`
/// (L1, punctuation dropped), so spelling variants of hamza, taa marbuta and tanwin match alike.
///
/// The lists are drawn from many sites' menus, sharing bars, captions and footers; they are
/// data, not rules about any one page.
enum FurnitureLexicon {
    /// Whole lines that are menu, section or widget names.
    static let navigationLines: WordKeySet = keys(
        """
        الرئيسية|الصفحة الرئيسية|اخر الاخبار|آخر الأخبار|أحدث الأخبار|الأخبار|أخبار|أخبار عاجلة|عاجل|شريط الأخبار|
        العالم|عربي ودولي|عرب وعالم|عربي|دولي|دوليات|عالمي|محليات|محلي|سياسة|السياسة|اقتصاد|الاقتصاد|مال وأعمال|رياضة|الرياضة|
        شؤون عالمية|شؤون دولية|شؤون عربية|شؤون محلية|شؤون سياسية|شؤون اقتصادية|
        منوعات|ثقافة|ثقافة وفن|فن|فنون|تكنولوجيا|تقنية|علوم|علوم وتكنولوجيا|صحة|الصحة|مجتمع|مقالات|مقالات الرأي|
        رأي|الرأي|آراء|كتاب|الكتاب|فيديو|فيديوهات|صور|ألبومات|إنفوجرافيك|انفوغراف|بودكاست|بث مباشر|البث المباشر|مباشر|
        تقارير|تحقيقات|حوارات|ملفات|ملفات خاصة|المزيد|عرض المزيد|المزيد من الأخبار|التالي|السابق|إغلاق|
        القائمة|بحث|ابحث|البحث|اشترك|اشترك الآن|النشرة البريدية|النشرة الإخبارية|تسجيل الدخول|دخول|حسابي|
        الأكثر قراءة|الأكثر تداولا|الأكثر مشاهدة|الأكثر شعبية|الأكثر تعليقا|الأحدث|الأكثر|الأكثر قراءة اليوم|
        مركز الإشعارات|الإشعارات|الإعدادات|الوضع الليلي|تابعونا|تابعونا على|تابعنا|تابعنا على|شارك|مشاركة|شارك المقال|
        شارك الخبر|طباعة|نسخ الرابط|تم نسخ الرابط|حفظ|تكبير الخط|تصغير الخط|حجم الخط|
        فيسبوك|فيس بوك|تويتر|إكس|يوتيوب|إنستغرام|انستجرام|واتساب|تلغرام|تيليجرام|لينكد إن|تيك توك|
        من نحن|اتصل بنا|سياسة الخصوصية|شروط الاستخدام|أعلن معنا|خريطة الموقع|الأرشيف|
        عدد اليوم|العدد اليومي|العدد الورقي|النسخة الورقية|النسخة الرقمية|الأعداد السابقة|أرشيف الأعداد|
        logo|menu|search|home|share|print|tweet|facebook|twitter|youtube|instagram|whatsapp|telegram|linkedin|
        tiktok|subscribe|login|sign in|newsletter|more|next|previous|close|dismiss|advertisement|الإعلانات|إعلان|
        accueil|rejoignez-nous|autres vidéos|vidéos|publicité|partager|s'abonner|se connecter|a+ a-|a- a+|- aa +|aa|
        à la une|retour à la une|dernières infos|les plus lus|en continu
        """)

    /// Words that may make up a menu line (every word of a short line must be one of them).
    static let navigationWords = WordKeySet(
        Set(navigationLines.flatMap { $0.split(separator: " ").map(String.init) }).subtracting(keyList("على|من|و|في")))

    /// Line openings of "follow us" and sharing bars.
    static let navigationPrefixes: [String] = keyList("تابعونا|تابعنا|تابعوا|تابع|follow us|شارك على|شاركها|share on")

    /// Openings of the credits a site prints in its masthead on every page («رئيس مجلس الإدارة
    /// ورئيس التحرير صالح شلبي», «مستشار التحرير», «الإشراف العام» over the supervisor's name):
    /// what stands above them is the site's header.
    static let mastheadCredits: [String] = keyList(
        """
        رئيس التحرير|رئيس مجلس الإدارة|رئيس مجلسي الإدارة والتحرير|الإشراف العام|\
        مدير التحرير|مستشار التحرير|editor in chief|editor-in-chief|directeur de la publication
        """)

    /// Words of a sentence that no name holds: what follows a masthead credit's words in a
    /// headline («رئيس التحرير السابق … يصدر كتابا جديدا عن …»), never in the credit. «على»
    /// is left out: its key is the name «علي».
    static let wordsNoNameHolds: Set<String> = Set(
        keyList("في|من|عن|إلى|مع|بعد|قبل|حول|أمام|خلال|بين|ضد|منذ|حتى|لا|لم|لن|قد|أن|إن|التي|الذي|الذين|هذا|هذه"))

    /// Credits and notices wire agencies put in a photo's caption, in English or French
    /// (`LexicalFurniture.isLatinWireCaption`).
    static let wireCaptionMarks: WordPhraseList = phrases(
        """
        photo by|afp photo|ap photo|restricted to editorial use|mandatory credit|getty images|handout|\
        no marketing|no advertising campaigns|anadolu agency|photo d'archive|photo afp
        """)

    /// Labels of a widget's or an author box's count (`LexicalFurniture.isLabelledCount`):
    /// «عدد المقالات 194», «المشاهدات 1,204», «Views 1.2K».
    static let counterLabels: WordKeySet = keys(
        """
        عدد المقالات|المقالات|مقالات|عدد المواضيع|المواضيع|عدد المشاهدات|المشاهدات|مشاهدات|مشاهدة|عدد التعليقات|\
        التعليقات|تعليقات|تعليق|عدد القراءات|القراءات|قراءات|قراءة|عدد القراء|عدد الزوار|الزوار|زيارات|عدد الزيارات|\
        المشاركات|مشاركات|عدد المشاركات|views|comments|reads|shares|vues|commentaires|lectures|partages
        """)

    /// Units of a page's age («منذ 16 دقيقة», «il y a 2 heures»).
    static let ageUnits: WordKeySet = keys(
        """
        ثانية|ثوان|ثواني|دقيقة|دقيقتين|دقائق|ساعة|ساعتين|ساعات|يوم|يومين|أيام|ايام|أسبوع|اسبوع|أسبوعين|أسابيع|شهر|\
        شهرين|أشهر|seconde|secondes|minute|minutes|heure|heures|jour|jours|semaine|semaines|mois
        """)

    /// Labels of a news ticker: the lines they head are other stories' headlines.
    static let tickerLabels: WordKeySet = keys(
        """
        اخر الاخبار|آخر الأخبار|أحدث الأخبار|أخبار عاجلة|عاجل|شريط الأخبار|الشريط الإخباري|latest news|breaking news|\
        breaking
        """)

    /// Labels of a page's tag list («كلمات دلالية: الخرطوم الدعم السريع», «Tags: Sudan»).
    static let tagLabels: [String] = keyList(
        "كلمات دلالية|الكلمات الدلالية|كلمات مفتاحية|الكلمات المفتاحية|الوسوم|وسوم|tags|mots-clés|mots clés|étiquettes")

    /// The home page's link, which opens a breadcrumb.
    static let homeLinks: WordKeySet = keys("الرئيسية|الصفحة الرئيسية|الصفحة الأساسية|home|accueil")

    /// Calls to click or to join the site's channel anywhere in a short line («… نرجو النقر هنا
    /// لاستخدام الموقع البديل», «ليصلك المزيد من الأخبار اشترك بقناتنا على التليكرام», «…
    /// يرجى زيارة الموقع الرسمي بالضغط على الرابط التالي: هنا.»): a site's notice, never the
    /// story's words.
    /// Paywall and registration prompts are such notices too («Please register to access this
    /// content.», «This content is for our paying subscribers only»), and a browser's notices
    /// («Sorry, you need to enable JavaScript to visit this website.», «يرجى تفعيل جافا سكريبت»),
    /// and a blog's invitation to subscribe («اشترك للحصول على أحدث التدوينات المرسلة إلى بريدك
    /// الإلكتروني»).
    static let navigationNotices: WordPhraseList = phrases(
        """
        انقر هنا|اضغط هنا|النقر هنا|الضغط هنا|click here|cliquez ici|اشترك بقناتنا|اشترك في قناتنا|انضم الى قناتنا|\
        بالضغط على الرابط|اضغط على الرابط|الضغط على الرابط|انقر على الرابط|بالنقر على الرابط|النقر على الرابط|\
        تابع قناتنا|register to access|sign in or create|create a new account|paying subscribers|subscribers only|\
        مخصص للمشتركين|للوصول إلى هذا المقال|لقراءة المقال كاملا|\
        subscribe to continue|réservé aux abonnés|للمشتركين فقط|\
        enable javascript|javascript is disabled|activer javascript|activez javascript|javascript est désactivé|\
        تفعيل جافا سكريبت|تفعيل الجافا سكريبت|تمكين جافا سكريبت|update your browser|get all your news in one place|\
        اشترك للحصول على أحدث التدوينات|subscribe to get the latest posts
        """)

    /// What announces the text of an interview, a speech or a statement that follows
    /// («وفيما يلي نص المقابلة:», «Voici le texte intégral :»).
    static let transcriptAnnouncements: WordPhraseList = phrases(
        """
        نص المقابلة|نص الحوار|نص اللقاء|نص الحديث|نص الكلمة|نص الخطاب|نص البيان|نص المؤتمر الصحفي|نص الرسالة|\
        نص التصريح|نص المداخلة|full transcript|the transcript|read the transcript|texte intégral|voici le texte|\
        l'intégralité de l'entretien
        """)

    /// Arabic function words that any sentence of some length has and a menu of sections lacks.
    static let sentenceWords: WordKeySet = keys(
        """
        في|من|على|إلى|الى|عن|أن|ان|إن|التي|الذي|الذين|مع|بعد|قبل|حول|خلال|بين|هذا|هذه|ذلك|كان|كانت|\
        قال|لا|لم|لن|ما|هو|هي|أو|او|ثم|حتى|منذ|عند|إنه|انه|the|of|and|to|in|on|for|de|la|le|et|les|des
        """)

    /// Messaging, news and video platforms a site invites its readers to follow it on.
    static let followPlatforms: WordPhraseList = phrases(
        """
        واتساب|واتس اب|واتس آب|تلغرام|تليغرام|تليجرام|تيليجرام|تيليغرام|جوجل نيوز|غوغل نيوز|google news|whatsapp|\
        telegram|يوتيوب|يوتوب|youtube|فيسبوك|فيس بوك|facebook|انستغرام|إنستغرام|انستجرام|instagram|تيك توك|tiktok
        """)

    /// Words of an invitation to follow or join: «لمتابعة», «تابعونا», «اشترك», «انضم», «اضغط»,
    /// a channel («قناة»).
    static let invitationWords: WordKeySet = keys(
        """
        لمتابعة|تابعوا|تابعونا|تابعنا|تابعو|اشترك|اشتركوا|انضم|انضموا|اضغط|إضغط|قناة|قناتنا|\
        subscribe|join|follow
        """)

    /// Openings of the heading of a blog's box inviting readers to subscribe («اكتشاف المزيد من
    /// شبكة الخبر», WordPress's «Discover more from …»): a short line, never a sentence of the
    /// story («… بهدف اكتشاف المزيد من المواقع الأثرية»).
    static let subscribeBoxHeadings: [String] = keyList("اكتشاف المزيد من|discover more from")

    /// Openings of a site's greeting to its reader, which heads its "about us" («أهلاً بكم في
    /// الصفحة الرسمية …», «مرحبا بك في موقع …», «Welcome to …»).
    static let siteGreetings: [String] = keyList(
        "أهلا بكم في|أهلا وسهلا بكم في|مرحبا بكم في|مرحبا بك في|welcome to|bienvenue sur|bienvenue dans")

    /// Labels of a photo's credit on a line of its own («تصوير :», «Image Credit: File»): who
    /// took it or owns it. «صورة أرشيفية» is a caption of its own, no credit.
    static let photoCreditLabels: [String] = keyList(
        "تصوير|مصدر الصورة|حقوق الصورة|image credit|photo credit|photo|credit|crédit photo")

    /// Headers of lists of other stories; the headline lines after them are `related` too.
    static let relatedHeaders: WordKeySet = keys(
        """
        أخبار ذات صلة|أخبار ذات علاقة|اخبار متعلقة|أخبار متعلقة|مواضيع ذات صلة|مقالات ذات صلة|موضوعات ذات صلة|
        ذات صلة|روابط ذات صلة|قد يهمك|قد يهمك أيضا|قد يعجبك أيضا|قد يعجبك|اخترنا لك|اقرأ أيضا|اقرأ ايضا|شاهد أيضا|
        طالع أيضا|اقرأ المزيد|المزيد حول هذه القصة|مواضيع مقترحة|أخبار مقترحة|الأخبار المرتبطة|related|read also|
        related articles|read more|more stories|you may also like|recommended|lire aussi|à lire aussi|voir aussi|
        sur le même sujet|dans la même rubrique|articles qui pourraient vous intéresser|
        ces articles pourraient vous intéresser|articles similaires|à découvrir aussi|you might also like|
        you may be interested in|مقالات قد تهمك|أخبار قد تهمك|موضوعات قد تهمك|موضوع يهمك|مواضيع تهمك
        """)

    /// Headers of a widget of the site's top stories («أهم الأخبار»): under the text they head
    /// other stories as `relatedHeaders` do; above it they may be a menu's label over the
    /// headline.
    static let topNewsHeaders: WordKeySet = keys("أهم الأخبار|أبرز الأخبار")

    /// Whether `key` heads a list of other stories: a `relatedHeaders` line, or a
    /// `topNewsHeaders` line that the split filed as related because it stands under the text.
    static func isRelatedHeader(_ key: String) -> Bool {
        relatedHeaders.contains(key) || topNewsHeaders.contains(key)
    }

    /// Line openings of "read also" links.
    static let relatedPrefixes: [String] = keyList(
        """
        اقرأ أيضا|اقرأ ايضا|إقرأ أيضا|اقرأ كذلك|اقرأ المزيد|اقرأ|إقرأ|شاهد أيضا|شاهد ايضا|شاهد كذلك|شاهد|طالع أيضا|طالع|\
        للمزيد|لمزيد من|يمكنك قراءة|اضغط هنا|انقر هنا|مقال ذو صلة|ذات صلة|مقال مقترح|مقالات مقترحة|موضوع مقترح|\
        خبر مقترح|شوف كمان|شوف أيضا|اقرأ كمان|read also|read more|see also|related|read|click here|clic here|\
        lire aussi|à lire aussi|voir aussi|lire
        """)

    /// Calls to follow a link that close a line of one («… les estimations sont disponibles,
    /// cliquer ICI»): the line is the link.
    static let linkCalls: [String] = keyList(
        """
        اضغط هنا|انقر هنا|اضغط على الرابط|click here|cliquez ici|cliquer ici|cliquez-ici
        """)

    /// Phrases of comment forms and comment sections.
    static let commentPhrases: [String] = keyList(
        """
        اترك تعليقا|اترك تعليق|اترك ردا|اترك رد|أضف تعليقا|أضف تعليق|إضافة تعليق|اكتب تعليقك|أكتب تعليقك|\
        لن يتم نشر عنوان بريدك|الحقول الإلزامية|الحقول المطلوبة|إرسال التعليق|أرسل التعليق|ارسل التعليق|شارك برأيك|عدد التعليقات|\
        سجل دخولك للتعليق|يجب تسجيل الدخول للتعليق|التعليقات|تعليقات|تعليق واحد|لا توجد تعليقات|كن أول من يعلق|\
        leave a reply|leave a comment|comments|post comment|your email address will not be published|\
        vos réactions doivent respecter|laisser un commentaire|commentaires|vos commentaires|يستخدم akismet|uses akismet
        """)

    /// Phrases of a comment form itself (its call to comment, its notice about the fields), a
    /// subset of `commentPhrases`: a story never goes on under them.
    static let commentFormPhrases: WordPhraseList = phrases(
        """
        اترك تعليقا|اترك تعليق|اترك ردا|اترك رد|أضف تعليقا|أضف تعليق|إضافة تعليق|اكتب تعليقك|أكتب تعليقك|\
        لن يتم نشر عنوان بريدك|الحقول الإلزامية|leave a reply|leave a comment|your email address will not be published|laisser un commentaire
        """)

    /// Words of the fields of a comment form, furniture right after a comment header.
    static let commentFormLines: WordKeySet = keys(
        """
        الاسم|الاسم الكامل|البريد الإلكتروني|البريد الالكتروني|الموقع الإلكتروني|الموقع|التعليق|تعليقك|إرسال|أرسل|\
        name|email|website|comment|submit
        """)

    /// Phrases of cookie and consent banners: notices about the site, whatever their length.
    static let consentPhrases: WordPhraseList = phrases(
        """
        ملفات تعريف الارتباط|ملفات الكوكيز|سياسة ملفات تعريف الارتباط|we use cookies|this website uses cookies|\
        uses cookies|cookie policy|accept cookies|utilise des cookies|utilisation de cookies|accepter les cookies
        """)

    /// Footer phrases: copyright and rights lines.
    static let footerPhrases: WordPhraseList = phrases(
        """
        ©|جميع الحقوق محفوظة|كافة الحقوق محفوظة|الحقوق محفوظة|حقوق النشر|حقوق الطبع|حقوق التأليف|\
        all rights reserved|copyright|powered by|تصميم وتطوير|تطوير وتصميم|برمجة وتصميم
        """)

    /// Words by which a site's disclaimer names the text it printed («مضمون هذا الخبر», «هذا
    /// المقال»): `LexicalFurniture.isDisclaimer` asks for one of them, one of
    /// `disclaimerDenials` and one of `disclaimerOwners`.
    static let disclaimerSubjects: WordPhraseList = phrases(
        """
        هذا الخبر|هذا المقال|هذه المادة|هذا المحتوى|المقال يعبر|المقالات المنشورة|الآراء الواردة|الآراء المنشورة|\
        محتوى الخبر|مضمون الخبر|this article|this content
        """)

    /// Words by which a site's disclaimer disowns the text it printed («ولا يعبر عن وجهة نظر
    /// الموقع», «غير مسئولين عن محتوى الخبر»).
    static let disclaimerDenials: WordPhraseList = phrases(
        """
        لا يعبر عن وجهة نظر|ولا يعبر عن وجهة نظر|لا تعبر عن وجهة نظر|ولا تعبر عن وجهة نظر|لا يعبر عن رأي|\
        ولا يعبر عن رأي|لا تعبر عن رأي|ولا تعبر عن رأي|لا يعبر بالضرورة|ولا يعبر بالضرورة|لا تعبر بالضرورة|\
        ولا تعبر بالضرورة|غير مسئولين عن محتوى|غير مسؤولين عن محتوى|غير مسئول عن محتوى|غير مسؤول عن محتوى|\
        does not necessarily reflect|do not necessarily reflect
        """)

    /// Words by which a site's disclaimer says whose the text is: its author's («رأي كاتبه»),
    /// or another site's, copied as it was («نقل بمحتواه كما هو», «العهدة على المصدر»).
    static let disclaimerOwners: WordPhraseList = phrases(
        """
        كاتبه|كاتبها|كتابها|كما هو|كما ورد|بمحتواه|تم نقله|تم نقلها|منقول|العهدة على|مسؤولية كاتبه|\
        مسئولية كاتبه|the author|the authors
        """)

    /// Media player controls and reading-time widgets.
    static let mediaLines: WordKeySet = keys(
        """
        استمع للمقال|استمع إلى المقال|استمع الى المقال|استمع للخبر|استمع|الاستماع للمقال|استمع للتقرير|play|pause|
        stop|mute|تشغيل|إيقاف|إيقاف مؤقت|كتم الصوت|شاهد الفيديو|مشاهدة الفيديو|شاهد البث|فيديو مدته|
        listen to this article|listen|watch|مدة القراءة|وقت القراءة
        """)

    /// Phrases of media widgets inside a longer short line («دقائق للقراءة»).
    static let mediaPhrases: WordPhraseList = phrases(
        """
        استمع للمقال|استمع إلى المقال|دقائق قراءة|دقيقة قراءة|دقائق للقراءة|دقيقة للقراءة|وقت القراءة|مدة القراءة|\
        listen to this article|min read|vidéo suivante
        """)

    /// Notices of a video or audio embed («في حال واجهت مشكلة في مشاهدة الفيديو…»): sentences
    /// about the player, never the story, whatever their length.
    static let mediaNotices: WordPhraseList = phrases(
        """
        مشكلة في مشاهدة الفيديو|مشكلة في تشغيل الفيديو|لمشاهدة الفيديو|اضغط هنا لمشاهدة|اضغط لمشاهدة الفيديو|\
        متصفحك لا يدعم|your browser does not support|video is not available|trouble viewing this video
        """)

    /// Conjunctions and reporting verbs that open a paragraph continuing the story («وقال»,
    /// «ومن المتوقع», «وأضاف»): a line opening so is a sentence of the body, never a headline
    /// or a teaser, even when the copy cut it before its end.
    static let continuationOpeners: [String] = keyList(
        """
        وقال|وقالت|وأضاف|وأضافت|وأكد|وأكدت|وأشار|وأشارت|وأوضح|وأوضحت|وتابع|وتابعت|ولفت|وذكر|وذكرت|وبين|وبينت|\
        ومن|وفي|وكان|وكانت|وجاء|وجاءت|ويأتي|وتأتي|وبحسب|وحسب|ووفق|ووفقا|وعلى|وإلى|ولم|ولا|وقد|وأعلن|وأعلنت|\
        ويتوقع|وتشير|ويشير|كما|بينما|إلا أن|لكن|غير أن|من جهته|من جهتها|في المقابل|وبدوره|وبدورها
        """)

    /// Nouns that start with «و» as a root letter, which open headlines («وزير الخارجية يلتقي …»):
    /// a line opening with one does not open with the conjunction (`TextLine.opensWithConjunction`).
    static let wawNouns: Set<String> = Set(
        keyList(
            """
            وزير|وزيرة|وزراء|وزارة|وزارات|وفد|وفود|وكالة|وكالات|وكيل|ولي|ولاية|ولايات|والي|واشنطن|وسط|وادي|\
            وطن|وطني|وطنية|وحدة|وحدات|وثيقة|وثائق|وفاة|وفيات|ورشة|وقف|وقفة|وصول|وباء|وعد|وجهة|وضع|وظائف|\
            وظيفة|واقع|ورقة|وسائل|وسيلة|وقود|ودائع|واردات|ولادة|والد|والدة|وهران|ورقلة|وداع|وليد|وائل|وهبي
            """))

    /// Words introducing the date something began («Member since:», «عضو منذ:»), not a
    /// publication's: a date on the line under one that ends with it is no candidate.
    static let sinceLabels: Set<String> = Set(keyList("since|depuis|منذ"))

    /// Openings of publication-date and author lines.
    static let bylinePrefixes: [String] = keyList(
        """
        نشر|نشر في|نشرت|نشره|تم نشر|تم نشره|تم النشر|تاريخ النشر|آخر تحديث|اخر تحديث|تحديث|محدث|حدث في|بقلم|كتب|كتبت|كتبه|بواسطة|\
        إعداد|اعداد|تحرير|حرره|المحرر|محرر|مراسل|مراسلنا|من مراسلنا|المصدر|مصدر|وكالات|published|updated|by|\
        أجرى الحوار|أجري الحوار|أجرت الحوار|أجرى اللقاء|أجري اللقاء|حاوره|حاورته|حاورها|حاورهم|interviewed by
        """)

    /// Byline markers that are also nouns a headline opens with («تحديث أوزان الشركات …», «نشر
    /// قوات …», «تحرير الموصل …», «إعداد الموازنة …», «مصدر أمني …»; «نشرة طرح الأحمال …»,
    /// a bulletin, whose key is that of «نشره», "published it").
    static let markerNouns: Set<String> = Set(keyList("تحديث|نشر|نشرة|تحرير|إعداد|اعداد|مصدر"))

    /// Markers of a page's last update («آخر تحديث»), which a site's clock may close with.
    static let updateMarkers: [String] = keyList("آخر تحديث|اخر تحديث|last updated|last update")

    /// An author's label alone on its line, the name after it lost in the copy («كاتب المقالة:»).
    /// Only the whole line: «كاتب المقال La rédaction» names its author, and is weighed as a line.
    static let authorLabels: WordKeySet = keys(
        "كاتب المقال|كاتب المقالة|كاتبة المقال|كاتبة المقالة|الكاتب|الكاتبة|written by|écrit par|ecrit par|author|auteur"
    )

    /// Openings of an author's credit, a subset of `bylinePrefixes`.
    static let authorPrefixes: [String] = keyList("بقلم|كتب|كتبت|كتبه|بواسطة|by|par")

    /// Caption markers anywhere in a short line.
    static let captionPhrases: [String] = keyList(
        """
        صورة|الصورة|صور|تصوير|مصدر الصورة|حقوق الصورة|أرشيفية|ارشيفية|صورة أرشيفية|صورة تعبيرية|صورة مركبة|\
        المصدر|photo|credit|getty images|file photo
        """)

    /// News agencies and photo services whose name closes a caption or credit.
    static let agencies: [String] = keyList(
        """
        رويترز|أ ف ب|ا ف ب|فرانس برس|فرانس بريس|أسوشيتد برس|اسوشيتد برس|أسوشييتد برس|الأناضول|وكالة الأناضول|\
        إيه بي|د ب أ|أ ش أ|شينخوا|سبوتنيك|تاس|غيتي|جيتي|غيتي إيماجز|إيبا|وام|واس|سانا|سونا|قنا|بترا|كونا|العمانية|وفا|\
        وال|واع|\
        afp|reuters|ap|getty|getty images|epa|anadolu|xinhua|sputnik|tass|shutterstock|dpa|upi
        """)

    /// Words that close a photo caption after a separator («وزيرة الصحة - أرشيفية»): the
    /// picture is from the archive or only illustrates the story.
    static let photoCredits: [String] = keyList("أرشيفية|ارشيفية|أرشيف|صورة أرشيفية|تعبيرية|صورة تعبيرية|archive")

    /// Words a date line may hold besides its date: weekdays, times of day, time zones and the
    /// Hijri date written beside it in words («Saturday 1440/9/20 - 2019/05/25», «09:33 ص
    /// السبت 09 ديسمبر 2017», «الجمعة 03 ماي 2024 ميلادي, الموافق لـ 24 شوال 1445 هجري»).
    static let dateLineWords: WordKeySet = weekdays.union(
        keys(
            """
            يوم|الساعة|ص|م|صباحا|مساء|صباحاً|مساءً|بتوقيت|غرينتش|جرينتش|مكة|القاهرة|بيروت|الرياض|توقيت|هـ|ه|الموافق|\
            ميلادي|ميلادية|هجري|هجرية|لـ|محرم|صفر|ربيع|جمادى|الأول|الأولى|الآخر|الآخرة|الثاني|الثانية|رجب|شعبان|\
            رمضان|شوال|ذو|القعدة|الحجة|\
            am|pm|gmt|utc|at|le|à|h
            """))

    /// Weekday names in Arabic, English and French, full and short.
    static let weekdays: WordKeySet = keys(
        """
        الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|\
        sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tue|wed|thu|fri|sat|\
        dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi
        """)

    private static func keyList(_ list: String) -> [String] {
        list.split(whereSeparator: { $0 == "|" || $0 == "\n" }).map { TextLine.wordKey(String($0)) }
            .filter { !$0.isEmpty }
    }

    private static func keys(_ list: String) -> WordKeySet { WordKeySet(keyList(list)) }

    private static func phrases(_ list: String) -> WordPhraseList { WordPhraseList(keyList(list)) }
}
