#!/usr/bin/env python3
"""Writes a synthetic Arabic dossier of N articles (and its Hugo twin) for benchmarks.

    Benchmarks/generate_dossier.py --n 1000 --dossier DIR [--hugo SITE] [--seed S] [--first K]

The dossier (the source layout of the README) holds:

    dossier.yml, index.md        title and an overview essay linking actors and topics
    actors/<id>.md               34 actors (people, organisations, states) with alias spellings
    topics/<id>.md               10 topics with their terms
    outlets/<id>.md              12 outlets
    articles/NNNNNN.txt          raw text as collected: a headline, 6-20 paragraphs (median
                                 about 700 words), sometimes a menu line, a date line, «اقرأ
                                 أيضا» links and a copyright footer; names carry the proclitics
                                 و ب ل ف and vary between spellings
    articles/NNNNNN.yml          sidecar: outlet, and (for most articles) title and date
    notes/NNNNNN.md              about one article in eight: a note anchored by a quote
    timeline.yml                 an event for every 20th article (when --first is 1 and N >= 20)

Articles are grouped in stories (a few consecutive articles about one event, from different
outlets), which share some sentences word for word, as agency copy does: the cross-outlet
comparison has work to do.

Article k depends only on (--seed, k), never on --n: the 1,000-article dossier is a prefix of
the 10,000-article one, and `--first 1001 --n 1` writes exactly the article a 1,001-article
dossier has (the files shared by all articles are written again unchanged). A note may link
to an article with a smaller number, so generate from 1.

With --hugo SITE the same articles (and notes, appended to their article) are written as a Hugo
site: config.toml, minimal layouts (a page per article, per actor, topic and outlet term, and
list pages), content/articles/NNNNNN.md with front matter title, date and the actors, topics
and outlets taxonomies. Python 3 standard library only.
"""

import argparse
import datetime
import json
import os
import random
import sys

# --------------------------------------------------------------------------------------------
# Vocabulary. Actors: (id, kind, name, other spellings, gender for verbs: m/f, or o for bodies).
ACTORS = [
    ("salim-haddad", "person", "سليم الحداد", ["الحداد", "سليم حداد"], "m"),
    ("rania-khatib", "person", "رانيا الخطيب", ["الخطيب", "رانية الخطيب"], "f"),
    ("omar-nasser", "person", "عمر ناصر", ["عمر ناصر الدين"], "m"),
    ("layla-mansour", "person", "ليلى منصور", ["ليلي منصور"], "f"),
    ("karim-azzam", "person", "كريم عزام", ["عزام", "كريم عزّام"], "m"),
    ("hoda-saleh", "person", "هدى صالح", ["هدى الصالح"], "f"),
    ("youssef-ayoub", "person", "يوسف أيوب", ["أيوب", "يوسف ايوب"], "m"),
    ("nabil-qassem", "person", "نبيل قاسم", ["نبيل القاسم"], "m"),
    ("samira-jaber", "person", "سميرة جابر", ["سميرة الجابر"], "f"),
    ("tarek-bishara", "person", "طارق بشارة", ["بشارة", "طارق بشاره"], "m"),
    ("mona-darwish", "person", "منى درويش", ["منى الدرويش"], "f"),
    ("adel-rifai", "person", "عادل الرفاعي", ["الرفاعي"], "m"),
    ("fadi-khoury", "person", "فادي خوري", ["خوري", "فادي الخوري"], "m"),
    ("zeinab-hamdan", "person", "زينب حمدان", ["حمدان"], "f"),
    ("maher-obeid", "person", "ماهر عبيد", ["ماهر عبيدات"], "m"),
    ("ghassan-toumi", "person", "غسان التومي", ["التومي", "غسان تومي"], "m"),
    ("water-authority", "organisation", "الهيئة العامة للمياه", ["هيئة المياه"], "o"),
    ("blue-river-energy", "organisation", "شركة النهر الأزرق للطاقة", ["النهر الأزرق", "شركة النهر الازرق"], "o"),
    ("development-bank", "organisation", "بنك التنمية الإقليمي", ["البنك الإقليمي للتنمية"], "o"),
    ("farmers-union", "organisation", "اتحاد المزارعين", ["نقابة المزارعين"], "o"),
    ("energy-ministry", "organisation", "وزارة الطاقة", ["وزارة الطاقة والثروة المعدنية"], "o"),
    ("finance-ministry", "organisation", "وزارة المالية", [], "o"),
    ("parliament", "organisation", "مجلس النواب", ["البرلمان"], "o"),
    ("audit-bureau", "organisation", "ديوان المحاسبة", ["ديوان الرقابة المالية"], "o"),
    ("green-coast", "organisation", "جمعية الساحل الأخضر", ["الساحل الأخضر"], "o"),
    ("gulf-ports", "organisation", "مجموعة موانئ الخليج", ["موانئ الخليج"], "o"),
    ("national-grid", "organisation", "الشبكة الوطنية للكهرباء", ["شركة الكهرباء الوطنية"], "o"),
    ("unep", "organisation", "برنامج الأمم المتحدة للبيئة", [], "o"),
    ("morocco", "state", "المغرب", ["المملكة المغربية"], "o"),
    ("jordan", "state", "الأردن", [], "o"),
    ("iraq", "state", "العراق", [], "o"),
    ("turkey", "state", "تركيا", [], "o"),
    ("ethiopia", "state", "إثيوبيا", ["اثيوبيا"], "o"),
    ("sudan", "state", "السودان", [], "o"),
]
PEOPLE = [i for i, a in enumerate(ACTORS) if a[1] == "person"]
BODIES = [i for i, a in enumerate(ACTORS) if a[1] != "person"]
ROLES = {
    "m": ["وزير الطاقة", "رئيس الهيئة", "النائب", "الخبير الاقتصادي", "المتحدث باسم الحكومة", "رئيس الاتحاد"],
    "f": ["وزيرة المالية", "النائبة", "الخبيرة في شؤون المياه", "المتحدثة باسم الوزارة", "رئيسة الجمعية"],
}

# Topics: (id, title, terms).
TOPICS = [
    ("water-scarcity", "شح المياه", ["شح المياه", "الأمن المائي", "حصص المياه"]),
    ("dams", "السدود والتخزين", ["بناء السدود", "السد الجديد", "تخزين المياه"]),
    ("electricity-prices", "أسعار الكهرباء", ["تعرفة الكهرباء", "أسعار الكهرباء", "دعم الطاقة"]),
    ("renewables", "الطاقة المتجددة", ["الطاقة الشمسية", "طاقة الرياح", "الطاقة المتجددة"]),
    ("agriculture", "الزراعة والري", ["الري بالتنقيط", "المحاصيل الزراعية", "الموسم الزراعي"]),
    ("public-debt", "الدين العام", ["الدين العام", "عجز الموازنة", "القروض الخارجية"]),
    ("corruption", "الفساد والمحاسبة", ["شبهات الفساد", "تقرير ديوان المحاسبة", "المال العام"]),
    ("ports-trade", "الموانئ والتجارة", ["حركة الشحن", "الصادرات الزراعية", "الرسوم الجمركية"]),
    ("climate", "تغير المناخ", ["تغير المناخ", "موجات الجفاف", "ارتفاع درجات الحرارة"]),
    ("protests", "الاحتجاجات", ["الاحتجاجات", "الإضراب العام", "الاعتصام"]),
]

# Outlets: (id, name, address).
OUTLETS = [
    ("al-marsad", "المرصد", "https://almarsad.example"),
    ("wadi-news", "وادي نيوز", "https://wadinews.example"),
    ("al-ufuq", "الأفق", "https://alufuq.example"),
    ("al-naba", "النبأ", "https://alnaba.example"),
    ("economic-gate", "البوابة الاقتصادية", "https://econgate.example"),
    ("sharq-today", "الشرق اليوم", "https://sharqtoday.example"),
    ("haqaeq", "منصة حقائق", "https://haqaeq.example"),
    ("al-rased", "الراصد", "https://alrased.example"),
    ("madar", "مدار", "https://madar.example"),
    ("sawt-al-dafa", "صوت الضفة", "https://sawtaldafa.example"),
    ("al-raed", "الرائد", "https://alraed.example"),
    ("nahar-al-youm", "نهار اليوم", "https://naharalyoum.example"),
]

CITIES = ["عمّان", "القاهرة", "بغداد", "الخرطوم", "أنقرة", "أديس أبابا", "بيروت", "الإسكندرية", "البصرة", "العقبة"]
MONTHS = [
    ["يناير", "كانون الثاني"], ["فبراير", "شباط"], ["مارس", "آذار"], ["أبريل", "نيسان"], ["مايو", "أيار"],
    ["يونيو", "حزيران"], ["يوليو", "تموز"], ["أغسطس", "آب"], ["سبتمبر", "أيلول"], ["أكتوبر", "تشرين الأول"],
    ["نوفمبر", "تشرين الثاني"], ["ديسمبر", "كانون الأول"],
]
CONNECTORS = ["", "", "", "من جهته، ", "في المقابل، ", "إلى ذلك، ", "وفي السياق نفسه، ", "بدوره، ", "كما "]
SPEECH = [("قال", "قالت"), ("أكد", "أكدت"), ("أوضح", "أوضحت"), ("أعلن", "أعلنت"), ("شدد", "شددت"), ("اعتبر", "اعتبرت")]
SETTINGS = [
    "في مؤتمر صحفي", "في تصريحات صحفية", "في كلمة أمام المشاركين", "في مقابلة تلفزيونية",
    "على هامش اجتماع اللجنة", "في منشور على حسابه الرسمي", "خلال جلسة برلمانية", "في بيان مكتوب",
]
SUBJECTS = ["ملف {K}", "أزمة {K}", "{K}", "مشروع {K}", "النقاش حول {K}", "خطة الحكومة بشأن {K}"]
PREDICATES = [
    "يتطلب حلولا عاجلة لا تحتمل التأجيل", "سيشهد تحسنا ملموسا خلال الأشهر المقبلة",
    "يمثل تحديا كبيرا أمام الحكومة", "لم يعد شأنا داخليا فحسب", "يحتاج إلى تمويل إضافي",
    "بات أولوية للسلطات المحلية", "يثير قلق المستثمرين والمواطنين على حد سواء",
    "شهد تراجعا بنسبة {P} في المئة {T}", "سجل ارتفاعا بنسبة {P} في المئة {T}",
    "يخضع لمراجعة شاملة من لجنة مختصة", "سيبقى على طاولة النقاش حتى نهاية العام",
    "يحظى بدعم واسع في المحافظات الجنوبية", "يواجه اعتراضات من النقابات والجمعيات الأهلية",
]
TIMES = [
    "خلال العام الماضي", "منذ مطلع العام", "في الربع الأول", "خلال الأسبوع الماضي", "مقارنة بالعام السابق",
    "في غضون ستة أشهر", "منذ بداية الموسم",
]
AMOUNTS = ["مليون دولار", "مليار دينار", "مليون يورو", "مليار جنيه"]
ANALYSTS = ["ويرى محللون", "ويقول خبراء", "وتعتقد أوساط اقتصادية", "ويرجح مراقبون", "وتشير تقديرات مستقلة إلى"]
MEANS = ["الحوار والطرق المؤسسية", "خطة زمنية واضحة", "لجنة مستقلة", "تشريع جديد", "شراكة مع القطاع الخاص"]
REPORTS = ["هذه المعلومات", "ما نشرته الصحف", "التقرير", "الاتهامات", "الأرقام المتداولة", "تصريحات {B}"]
UNTILS = ["الآن", "ساعة إعداد هذا التقرير", "مساء اليوم", "صباح {WD}", "نهاية الأسبوع"]
WEEKDAYS = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"]
QUOTES = [
    "لن نسمح بأن يدفع المواطن ثمن {K}", "الأرقام واضحة ولا تحتاج إلى تفسير", "نعمل ليلا ونهارا لإيجاد حل",
    "ما يجري في {K} مسؤولية الجميع", "لدينا خطة واضحة وسنعلن تفاصيلها قريبا", "المرحلة المقبلة أصعب مما نتوقع",
    "لا يمكن الحديث عن {K} بمعزل عن الوضع الإقليمي", "نرحب بأي مبادرة تخفف العبء عن {C}",
    "من حق الناس أن يعرفوا أين ذهبت {N} {AM}", "لم نتلق أي رد على مطالبنا منذ {D}",
    "ما حدث في {C} لن يتكرر", "نحتاج إلى {P} شهرا على الأقل لإنهاء {K}",
]
BACKGROUND = [
    "ويعود {K} إلى الواجهة منذ عام {Y}، عندما أقرت الحكومة أول خطة وطنية في هذا المجال.",
    "وكانت السلطات قد أعلنت في {D} عن حزمة إجراءات لمعالجة {K}، من دون نتائج تذكر.",
    "وتشير بيانات رسمية إلى أن {K} كلف الخزينة نحو {N} {AM} منذ عام {Y}.",
    "وفي {D} وقعت {S} اتفاقا مع {S2} لتنسيق الجهود بشأن {K}.",
    "وجاءت هذه الخطوة بعد أشهر من الجدل حول {K} في {C} وعدد من المدن الأخرى.",
]
MEETING = [
    "وبحث {A} مع {B} في {C} آخر التطورات المتعلقة بملف {K}.",
    "والتقى {A} {bB} لمناقشة {K} وسبل التعاون المشترك.",
    "ومن المنتظر أن يزور {A} {C} الأسبوع المقبل لبحث {K} مع المسؤولين هناك.",
    "وتلقى {A} اتصالا هاتفيا {mB} تناول {K} والملفات الثنائية.",
]
STATEMENT_BODIES = [
    "وذكر بيان صادر عن {A} أن {SUBJ} {PRED}.",
    "وأفاد تقرير نشرته {A} {T} بأن {SUBJ} {PRED}.",
    "ودعت {A} إلى معالجة {K} عبر {MEANS}.",
    "ولم يصدر عن {A} أي رد رسمي على {REPORT} حتى {UNTIL}.",
]
HEADLINES = [
    "{A}: {SUBJ} {PRED}", "{A} يحذر من تداعيات {K}", "تقرير: {SUBJ} {PRED}", "{K}.. {A} يكسر صمته",
    "ماذا وراء تصريحات {A} بشأن {K}؟", "جدل في {C} حول {K}", "{A} {wB} يبحثان {K}",
]
NAV_LINES = ["الرئيسية » أخبار محلية", "الرئيسية / اقتصاد", "أخبار | سياسة", "الرئيسية > تقارير"]
FOLLOW_LINES = ["تابعونا على فيسبوك وتويتر", "شارك المقال", "اشترك في النشرة البريدية"]
NOTE_KINDS = ["context", "discrepancy", "source", "correction"]
NOTE_OPENINGS = [
    "هذه الفقرة هي ما يميز المادة عن غيرها من تغطيات الحدث.",
    "تنقل المادة الرقم من دون مصدر، ولم نجد ما يؤكده في البيانات الرسمية.",
    "العبارة منقولة حرفيا من بيان وزع على وسائل الإعلام، وتكررت في أكثر من منفذ.",
    "يختلف هذا التاريخ عما ورد في تغطيات أخرى للحدث نفسه.",
]


# --------------------------------------------------------------------------------------------
def attach(prefix, name):
    """A proclitic on a name: ل + ال is written لل, as in «للهيئة»."""
    if prefix.endswith("ل") and name.startswith("ال"):
        return prefix + name[1:]
    return prefix + name


class Article:
    """One generated article: text lines, sidecar values, and what Hugo gets as terms."""

    def __init__(self, number):
        self.number = number
        self.name = f"{number:06d}"


class Generator:
    """Everything derives from the seed: vocabulary ranks, stories, and each article."""

    def __init__(self, seed):
        self.seed = seed
        ranks = random.Random(f"{seed}:ranks")
        # Popularity orders (Zipf-like draws below): a few actors and outlets dominate.
        self.actor_rank = list(range(len(ACTORS)))
        ranks.shuffle(self.actor_rank)
        self.topic_rank = list(range(len(TOPICS)))
        ranks.shuffle(self.topic_rank)
        self.outlet_rank = list(range(len(OUTLETS)))
        ranks.shuffle(self.outlet_rank)
        self.start = datetime.datetime(2019, 1, 1, 8, 0)
        self.span_days = (datetime.datetime(2025, 6, 30) - self.start).days

    # Random helpers ------------------------------------------------------------------------
    @staticmethod
    def zipf(rng, ranked, count, exponent=0.9):
        """`count` distinct members of `ranked`, earlier ones likelier."""
        pool = list(ranked)
        chosen = []
        for _ in range(min(count, len(pool))):
            weights = [1.0 / (i + 1) ** exponent for i in range(len(pool))]
            chosen.append(pool.pop(rng.choices(range(len(pool)), weights)[0]))
        return chosen

    def spelling(self, rng, actor, prefix=""):
        """The actor's name as an article writes it: usually the full name, sometimes another spelling."""
        _, _, name, others, _ = ACTORS[actor]
        form = name if not others or rng.random() < 0.55 else rng.choice(others)
        return attach(prefix, form)

    def date_text(self, rng, date):
        """A date as Arabic news writes it, with the Egyptian or the Levantine month name."""
        month = MONTHS[date.month - 1]
        return f"{date.day} {rng.choice(month)} {date.year}"

    # Stories -------------------------------------------------------------------------------
    def story_of(self, number):
        """Stories are runs of about five consecutive article numbers (a function of k alone)."""
        return (number + random.Random(f"{self.seed}:drift:{number}").randint(0, 3)) // 5

    def story(self, story):
        """The event a story covers: date, cast, topics, and the agency sentences its articles share."""
        rng = random.Random(f"{self.seed}:story:{story}")
        date = self.start + datetime.timedelta(days=rng.randrange(self.span_days), minutes=rng.randrange(600))
        cast = self.zipf(rng, self.actor_rank, rng.choice([2, 3, 3, 4, 4, 5, 6]))
        if not any(a in PEOPLE for a in cast):
            cast.append(self.zipf(rng, [a for a in self.actor_rank if a in PEOPLE], 1)[0])
        topics = self.zipf(rng, self.topic_rank, rng.choice([1, 1, 2, 2, 3]), 0.8)
        city = rng.choice(CITIES)
        shared = [self.sentence(rng, cast, topics, city, date) for _ in range(rng.randint(3, 6))]
        return {"date": date, "cast": cast, "topics": topics, "city": city, "shared": shared}

    # Sentences -----------------------------------------------------------------------------
    def fill(self, rng, template, cast, topics, city, date):
        """`template` with its slots filled from the story; also returns the person in slot A."""
        person = [a for a in cast if a in PEOPLE] or PEOPLE[:1]
        body = [a for a in cast if a in BODIES] or [rng.choice(BODIES)]
        a = rng.choice(person)
        b = rng.choice([x for x in cast if x != a] or cast)
        year = date.year - rng.randint(1, 6)
        values = {
            "A": self.spelling(rng, a), "B": self.spelling(rng, b), "bB": self.spelling(rng, b, "ب"),
            "wB": self.spelling(rng, b, "و"), "mB": attach("من ", self.spelling(rng, b)),
            "S": self.spelling(rng, rng.choice(body)), "S2": self.spelling(rng, rng.choice(BODIES)),
            "K": rng.choice(TOPICS[rng.choice(topics)][2]), "C": city, "Y": year,
            "D": self.date_text(rng, date - datetime.timedelta(days=rng.randrange(30, 900))),
            "N": rng.choice([rng.randint(12, 950), f"{rng.randint(1, 9)}.{rng.randint(1, 9)}"]),
            "AM": rng.choice(AMOUNTS), "P": rng.randint(3, 48), "T": rng.choice(TIMES),
            "MEANS": rng.choice(MEANS), "WD": rng.choice(WEEKDAYS),
        }
        values["REPORT"] = rng.choice(REPORTS).format(**values)
        values["UNTIL"] = rng.choice(UNTILS).format(**values)
        values["SUBJ"] = rng.choice(SUBJECTS).format(**values)
        values["PRED"] = rng.choice(PREDICATES).format(**values)
        return template.format(**values), a

    def sentence(self, rng, cast, topics, city, date):
        """One sentence of news prose about the cast and topics."""
        kind = rng.random()
        if kind < 0.35:
            text, speaker = self.fill(rng, "{SUBJ} {PRED}", cast, topics, city, date)
            gender = ACTORS[speaker][4]
            verb = rng.choice(SPEECH)[1 if gender == "f" else 0]
            connector = rng.choice(CONNECTORS)
            lead = (connector + verb) if connector else "و" + verb
            role = rng.choice(ROLES[gender]) + " " if rng.random() < 0.3 else ""
            name = role + self.spelling(rng, speaker)
            particle = "إن" if verb.startswith("قال") else "أن"
            return f"{lead} {name} {rng.choice(SETTINGS)} {particle} {text}."
        if kind < 0.5:
            quote, speaker = self.fill(rng, rng.choice(QUOTES), cast, topics, city, date)
            verb = "و" + rng.choice(SPEECH)[1 if ACTORS[speaker][4] == "f" else 0]
            setting = rng.choice(SETTINGS) if rng.random() < 0.7 else ""
            return f"{verb} {self.spelling(rng, speaker)} {setting}: «{quote}».".replace(" :", ":")
        if kind < 0.62:
            return self.fill(rng, rng.choice(MEETING), cast, topics, city, date)[0]
        if kind < 0.74:
            template = rng.choice(STATEMENT_BODIES).replace("{A}", "{S}")
            return self.fill(rng, template, cast, topics, city, date)[0]
        if kind < 0.86:
            return self.fill(rng, rng.choice(BACKGROUND), cast, topics, city, date)[0]
        text, _ = self.fill(rng, "{SUBJ} {PRED}", cast, topics, city, date)
        return f"{rng.choice(ANALYSTS)} أن {text}."

    # Articles ------------------------------------------------------------------------------
    def article(self, number):
        """Article `number`, from (seed, number) alone."""
        rng = random.Random(f"{self.seed}:article:{number}")
        story = self.story(self.story_of(number))
        article = Article(number)
        article.outlet = OUTLETS[self.zipf(rng, self.outlet_rank, 1, 0.7)[0]]
        article.date = story["date"] + datetime.timedelta(hours=rng.randrange(0, 72), minutes=rng.randrange(60))
        cast, topics, city = story["cast"], story["topics"], story["city"]
        headline, _ = self.fill(rng, rng.choice(HEADLINES), cast, topics, city, article.date)
        article.title = headline

        paragraphs = [[] for _ in range(rng.randint(6, 20))]
        budget = rng.randint(max(300, 30 * len(paragraphs)), min(1150, 100 * len(paragraphs)))
        for sentence in rng.sample(story["shared"], rng.randint(1, min(4, len(story["shared"])))):
            paragraphs[rng.randrange(len(paragraphs))].append(sentence)
        words = sum(len(s.split()) for p in paragraphs for s in p)
        used = [s for p in paragraphs for s in p]
        while words < budget:
            shortest = min(range(len(paragraphs)), key=lambda i: (sum(len(s.split()) for s in paragraphs[i]), i))
            sentence = self.sentence(rng, cast, topics, city, article.date)
            if sentence in used:
                continue
            used.append(sentence)
            paragraphs[shortest].insert(rng.randrange(len(paragraphs[shortest]) + 1), sentence)
            words += len(sentence.split())
        if rng.random() < 0.5:
            place = f"{city} - {article.outlet[1]}: "
            paragraphs[0][0] = place + paragraphs[0][0].removeprefix("و")
        article.body = [" ".join(p) for p in paragraphs]
        article.words = words

        lines = []
        if rng.random() < 0.3:
            lines.append(rng.choice(NAV_LINES))
        lines.append(headline)
        article.dated_in_text = rng.random() < 0.3
        if article.dated_in_text:
            lines.append(f"نشر بتاريخ: {self.date_text(rng, article.date)} - {article.date:%H:%M}")
        body = list(article.body)
        if rng.random() < 0.4 and len(body) > 3:
            related = self.fill(rng, rng.choice(HEADLINES), cast, topics, city, article.date)[0]
            body.insert(rng.randint(2, len(body) - 1), f"اقرأ أيضا: {related}")
        lines += body
        if rng.random() < 0.3:
            lines.append(rng.choice(FOLLOW_LINES))
        if rng.random() < 0.7:
            lines.append(f"جميع الحقوق محفوظة © {article.date.year} {article.outlet[1]}")
        article.text = "\n\n".join(lines) + "\n"
        article.titled_in_sidecar = rng.random() < 0.75

        # The actors the text names, in the order of the cast, for Hugo's terms.
        text = " ".join(article.body + [headline])
        article.actors = [a for a in cast if any(form in text for form in [ACTORS[a][2]] + ACTORS[a][3])]
        article.topics = [t for t in topics if any(term in text for term in TOPICS[t][2])] or topics[:1]
        article.note = self.note(rng, article, story) if rng.random() < 0.125 else None
        article.event = number % 20 == 0
        return article

    def note(self, rng, article, story):
        """A note on one passage quoted word for word (a sentence that occurs once in the body)."""
        body = "\n".join(article.body)
        candidates = [s for p in article.body for s in p.split(". ") if len(s.split()) >= 8]
        candidates = [s.rstrip(".") for s in candidates if body.count(s.rstrip(".")) == 1]
        if not candidates:
            return None
        words = rng.choice(candidates).split()
        start = rng.randrange(0, max(1, len(words) - 8))
        quote = " ".join(words[start:start + rng.randint(6, 12)]).strip("،:«»")
        if body.count(quote) != 1:
            return None
        actors = [ACTORS[a][0] for a in article.actors[:2]]
        links = " و".join(f"[{ACTORS[a][2]}](actor:{ACTORS[a][0]})" for a in article.actors[:2])
        earlier = article.number - 1 - rng.randrange(min(5, article.number - 1)) if article.number > 1 else None
        text = rng.choice(NOTE_OPENINGS)
        if links:
            text += f" وتخص الملاحظة {links}."
        if earlier:
            text += f" قارن بـ[مادة سابقة](article:{earlier:06d}) عن الحدث نفسه أو عن حدث قريب منه."
        topic = TOPICS[story["topics"][0]]
        text += f"\n\nتقدير المحرر: الرواية هنا جزء من تغطية أوسع لملف [{topic[1]}](topic:{topic[0]})."
        return {
            "quote": quote, "kind": rng.choice(NOTE_KINDS), "actors": actors, "text": text + "\n",
        }


# --------------------------------------------------------------------------------------------
def quoted(text):
    return json.dumps(text, ensure_ascii=False)


def write(path, text):
    """Writes `text` unless the file already holds it (so shared files keep their times)."""
    data = text.encode("utf-8")
    try:
        with open(path, "rb") as handle:
            if handle.read() == data:
                return
    except FileNotFoundError:
        pass
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as handle:
        handle.write(data)


def write_dossier_files(root):
    """The files every article shares: dossier.yml, index.md, actors, topics, outlets."""
    write(os.path.join(root, "dossier.yml"), (
        "title: ملف المياه والطاقة\n"
        "subtitle: ملف مولّد لقياس أداء Dossier\n"
        "description: مقالات مولّدة آليا عن المياه والطاقة والاقتصاد في المنطقة، لقياس زمن البناء وذاكرته.\n"
        "language: ar\n"))
    topic_links = "، ".join(f"[{t[1]}](topic:{t[0]})" for t in TOPICS)
    actor_links = "، ".join(f"[{a[2]}](actor:{a[0]})" for a in ACTORS[:8])
    write(os.path.join(root, "index.md"), (
        "يجمع هذا الملف تغطيات مولّدة آليا لأزمات المياه والطاقة في المنطقة بين 2019 و2025.\n\n"
        f"## المواضيع\n\n{topic_links}.\n\n## أبرز الفاعلين\n\n{actor_links}.\n"))
    for actor_id, kind, name, others, _ in ACTORS:
        aliases = ", ".join(quoted(x) for x in [name] + others)
        write(os.path.join(root, "actors", actor_id + ".md"), (
            f"---\nname: {quoted(name)}\nkind: {kind}\naliases: [{aliases}]\n---\n"
            f"{name}: أحد الأطراف التي تتكرر في تغطيات الملف. يرد الاسم في المواد بأكثر من صيغة.\n"))
    for topic_id, title, terms in TOPICS:
        related = "، ".join(f"[{a[2]}](actor:{a[0]})" for a in ACTORS[len(title) % 7::9])
        write(os.path.join(root, "topics", topic_id + ".md"), (
            f"---\ntitle: {quoted(title)}\nterms: [{', '.join(quoted(t) for t in terms)}]\n---\n"
            f"يتابع هذا الموضوع ما نشر عن {title}، ومن أبرز من يرد فيه: {related}.\n\n"
            "تختلف المواد في الأرقام التي تنقلها وفي مصادرها، والملاحظات تشير إلى مواضع الاختلاف.\n"))
    for outlet_id, name, address in OUTLETS:
        write(os.path.join(root, "outlets", outlet_id + ".md"), (
            f"---\nname: {quoted(name)}\nurl: {address}\n---\n{name}: موقع إخباري مولّد لأغراض القياس.\n"))


def write_dossier_article(root, article):
    write(os.path.join(root, "articles", article.name + ".txt"), article.text)
    sidecar = [f"outlet: {article.outlet[0]}"]
    if article.titled_in_sidecar:
        sidecar.insert(0, f"title: {quoted(article.title)}")
    if not article.dated_in_text:
        sidecar.append(f"published: {article.date:%Y-%m-%dT%H:%M}")
    write(os.path.join(root, "articles", article.name + ".yml"), "\n".join(sidecar) + "\n")
    if article.note:
        note = article.note
        actors = f"actors: [{', '.join(note['actors'])}]\n" if note["actors"] else ""
        write(os.path.join(root, "notes", article.name + ".md"), (
            f"---\narticle: {quoted(article.name)}\nquote: {quoted(note['quote'])}\nkind: {note['kind']}\n"
            f"{actors}---\n{note['text']}"))


def write_timeline(root, events):
    lines = ["events:"]
    for article in events:
        quote = article.body[0].split(". ")[-1].rstrip(".").split("، ")[0]
        if len(quote.split()) < 4 or article.text.count(quote) != 1:
            continue
        lines += [
            f"  - date: \"{article.date:%Y-%m-%d}\"", f"    title: {quoted(article.title)}",
            f"    article: {quoted(article.name)}", f"    quote: {quoted(quote)}",
            f"    topics: [{TOPICS[article.topics[0]][0]}]",
        ]
    write(os.path.join(root, "timeline.yml"), "\n".join(lines) + "\n")


HUGO_CONFIG = """baseURL = "https://dossier.example/"
languageCode = "ar"
defaultContentLanguage = "ar"
title = "ملف المياه والطاقة"
disableKinds = ["RSS", "sitemap", "robotsTXT", "404"]

[languages.ar]
  languageName = "العربية"
  languageDirection = "rtl"
  weight = 1

[taxonomies]
  actor = "actors"
  topic = "topics"
  outlet = "outlets"
"""

HUGO_LAYOUTS = {
    "_default/baseof.html": """<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if not .IsHome }}{{ .Title }} | {{ end }}{{ site.Title }}</title>
<link rel="stylesheet" href="{{ "style.css" | relURL }}"></head>
<body>
<nav><a href="{{ "/" | relURL }}">{{ site.Title }}</a> · <a href="{{ "actors/" | relURL }}">الفاعلون</a> ·
<a href="{{ "topics/" | relURL }}">المواضيع</a> · <a href="{{ "outlets/" | relURL }}">المنافذ</a></nav>
<main>{{ block "main" . }}{{ end }}</main>
</body>
</html>
""",
    "_default/single.html": """{{ define "main" }}<article><h1>{{ .Title }}</h1>
<p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2006-01-02" }}</time>
{{ range .GetTerms "outlets" }} · <a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}</p>
{{ with .GetTerms "actors" }}<ul class="actors">{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>{{ end }}
{{ with .GetTerms "topics" }}<ul class="topics">{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>{{ end }}
{{ .Content }}</article>{{ end }}
""",
    "_default/list.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}</li>
{{ end }}</ul>{{ end }}
""",
    "_default/taxonomy.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>
{{ end }}</ul>{{ end }}
""",
    "_default/term.html": """{{ define "main" }}<h1>{{ .Title }}</h1><p>{{ len .Pages }} مادة</p>
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}</li>
{{ end }}</ul>{{ end }}
""",
    "index.html": """{{ define "main" }}<h1>{{ site.Title }}</h1>
<ul>{{ range site.RegularPages.ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}</li>
{{ end }}</ul>{{ end }}
""",
}


def write_hugo_files(site):
    write(os.path.join(site, "config.toml"), HUGO_CONFIG)
    for path, text in HUGO_LAYOUTS.items():
        write(os.path.join(site, "layouts", path), text)
    write(os.path.join(site, "static", "style.css"), "body{max-width:46rem;margin:auto;line-height:1.7}\n")
    write(os.path.join(site, "content", "articles", "_index.md"), "---\ntitle: \"المقالات\"\n---\n")
    for taxonomy, title in (("actors", "الفاعلون"), ("topics", "المواضيع"), ("outlets", "المنافذ")):
        write(os.path.join(site, "content", taxonomy, "_index.md"), f"---\ntitle: \"{title}\"\n---\n")


def write_hugo_article(site, article):
    front = (
        f"---\ntitle: {quoted(article.title)}\ndate: {article.date:%Y-%m-%dT%H:%M:%S}+03:00\n"
        f"outlets: [{quoted(article.outlet[1])}]\n"
        f"actors: [{', '.join(quoted(ACTORS[a][2]) for a in article.actors)}]\n"
        f"topics: [{', '.join(quoted(TOPICS[t][1]) for t in article.topics)}]\n---\n\n")
    text = front + "\n\n".join(article.body) + "\n"
    if article.note:
        text += f"\n> {article.note['quote']}\n\n{article.note['text']}"
    write(os.path.join(site, "content", "articles", article.name + ".md"), text)


def main():
    parser = argparse.ArgumentParser(description="Writes a synthetic Arabic dossier (and its Hugo twin).")
    parser.add_argument("--n", type=int, required=True, help="number of articles")
    parser.add_argument("--first", type=int, default=1, help="number of the first article (default 1)")
    parser.add_argument("--seed", default="1", help="seed (default 1)")
    parser.add_argument("--dossier", help="the dossier source folder to write")
    parser.add_argument("--hugo", help="the Hugo site folder to write")
    options = parser.parse_args()
    if not options.dossier and not options.hugo:
        parser.error("give --dossier and/or --hugo")
    if options.n < 1 or options.first < 1:
        parser.error("--n and --first must be at least 1")

    generator = Generator(options.seed)
    if options.dossier:
        write_dossier_files(options.dossier)
    if options.hugo:
        write_hugo_files(options.hugo)
    events, words = [], []
    for number in range(options.first, options.first + options.n):
        article = generator.article(number)
        words.append(article.words)
        if options.dossier:
            write_dossier_article(options.dossier, article)
        if options.hugo:
            write_hugo_article(options.hugo, article)
        if article.event:
            events.append(article)
    if options.dossier and options.first == 1 and events:
        write_timeline(options.dossier, events)
    words.sort()
    print(f"articles {options.first}..{options.first + options.n - 1}: {sum(words)} body words, "
          f"median {words[len(words) // 2]} per article", file=sys.stderr)


if __name__ == "__main__":
    main()
