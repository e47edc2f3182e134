import Testing

@testable import ImpactExport

@Suite struct SentenceFitTests {
  let text = "One two three. Four five (six). Seven “eight”! Nine ten?"

  @Test func aTextWithinItsLimitIsKeptWhole() {
    let fit = SentenceFit(text, limit: 10)
    #expect(fit == SentenceFit(text, limit: nil))
    #expect(fit.text == text && fit.words == 10 && !fit.cut)
  }

  @Test func aLongerTextIsCutAtTheLastSentenceEndThatFits() {
    #expect(SentenceFit(text, limit: 9).text == "One two three. Four five (six). Seven “eight”!")
    #expect(SentenceFit(text, limit: 9).words == 8)
    #expect(SentenceFit(text, limit: 9).cut)
    #expect(SentenceFit(text, limit: 6).text == "One two three. Four five (six).")
    #expect(SentenceFit(text, limit: 3).text == "One two three.")
    // A decimal point or a mid-sentence stop is no sentence end.
    let numbers = "The score rose by 2.1 points (95% interval 1.4 to 2.8). It is significant."
    #expect(
      SentenceFit(numbers, limit: 12).text
        == "The score rose by 2.1 points (95% interval 1.4 to 2.8).")
  }

  @Test func aFirstSentenceLongerThanTheLimitIsCutAtAWordWithAnEllipsis() {
    let fit = SentenceFit(text, limit: 2)
    #expect(fit.text == "One two…" && fit.words == 2 && fit.cut)
  }

  @Test func quotesAreCutBetweenWholeLines() {
    let quotes = "\"Great. Fun.\" (Choir)\n\"Loved it!\" (Choir)"
    #expect(SentenceFit(quotes, limit: 4, wholeLines: true).text == "\"Great. Fun.\" (Choir)")
    #expect(SentenceFit(quotes, limit: 4).text == "\"Great. Fun.\" (Choir)")
    #expect(SentenceFit(quotes, limit: 2, wholeLines: true).text == "\"Great. Fun.\"…")
  }
}
