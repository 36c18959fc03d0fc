/// The placeholder texts `dossier init` writes for the user to replace, known to the loader so a
/// dossier published with them is told (`starter-text-left`).
public enum StarterText {
    /// `dossier.yml`'s `title`.
    public static let title = "ملف جديد"
    /// `dossier.yml`'s `subtitle`.
    public static let subtitle = "عنوان فرعي يصف القصة التي يجمعها الملف"
    /// `dossier.yml`'s `description`: every page's `<meta name="description">` and the feed's
    /// subtitle.
    public static let description = "وصف قصير للملف يظهر في رأس الصفحات وفي الخلاصة. غيّره حين تضيف مقالاتك."
    /// The example article's id (its file stem in `articles/`).
    public static let exampleArticleID = "000_example"
}
