import DossierModel
import Testing

/// `HandOver` gives its value to the first taker only, and holds nothing once it is taken.
struct HandOverTests {
    private final class Payload: Sendable {}

    @Test func theValueIsTakenOnceAndThenHeldByTheTakerAlone() {
        weak var watched: Payload?
        let handOver = HandOver<Payload>()
        do {
            let payload = Payload()
            watched = payload
            handOver.put(payload)
        }
        #expect(watched != nil, "the hand-over holds what was put")
        do {
            let taken = handOver.take()
            #expect(taken != nil && taken === watched)
        }
        #expect(watched == nil, "once the taker lets go, nothing holds the value")
        #expect(handOver.take() == nil)
    }

    @Test func aValueGivenAtTheStartIsTakenLikeOnePut() {
        let handOver = HandOver([1, 2, 3])
        #expect(handOver.take() == [1, 2, 3])
        #expect(handOver.take() == nil)
        handOver.put([4])
        #expect(handOver.take() == [4])
    }
}
