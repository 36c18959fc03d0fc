import DossierModel
import Testing

/// An ISO 8601 date as the editor writes it (`published:`, a timeline's `date:`): each field
/// within its range, the time zone's offset too, so no impossible moment reaches a page or a feed.
struct PartialDateISOTests {
    @Test(arguments: [
        "2024", "2024-10", "2024-10-25", "2024-10-25T10:35", "2024-10-25T10:35:59", "2024-10-25T10:35+03:00",
        "2024-10-25T10:35-12:00", "2024-10-25T10:35+14:00", "2024-10-25T10:35Z",
    ])
    func accepts(text: String) {
        #expect(PartialDate(iso: text) != nil)
    }

    @Test(arguments: [
        "2024-02-30", "2024-13", "2024-10-25T25:00", "2024-10-25T10:61", "2024-10-25T10:35:61",
        "2024-10-25T10:00+99:00", "2024-10-25T10:00+15:00", "2024-10-25T10:00+03:60", "2024-10-25T10:00+0300",
        // Beyond UTC+14:00 or UTC−12:00 by minutes.
        "2024-10-25T10:35+14:30", "2024-10-25T10:35+14:01", "2024-10-25T10:35-12:30",
    ])
    func refuses(text: String) {
        #expect(PartialDate(iso: text) == nil)
    }
}
