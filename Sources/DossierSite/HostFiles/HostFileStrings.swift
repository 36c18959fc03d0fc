/// The Arabic strings written into host files (feed titles, 404 page), kept in one place.
public enum HostFileStrings {
    /// Title of a note's feed entry, followed by the article title.
    public static let notePrefix = "ملاحظة على: "
    /// Title of the 404 page.
    public static let notFoundTitle = "الصفحة غير موجودة"
    /// Explanation on the 404 page.
    public static let notFoundMessage = "لم نجد الصفحة التي طلبتها. ربما نُقلت أو تغيّر عنوانها."
    /// Link labels on the 404 page.
    public static let home = "الصفحة الرئيسية"
    public static let search = "البحث"
    public static let articles = "المقالات"
    public static let actors = "الفاعلون"
    public static let timeline = "الخط الزمني"
}
