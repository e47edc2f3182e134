import Testing

@testable import ImpactIngest

struct HeaderNameTests {
  @Test func ignoresCaseSpacesAndPunctuation() {
    for header in [
      "Session Date", "session_date", "SESSION-DATE", "sessiondate", " Session date: ",
    ] {
      #expect(HeaderName.normalise(header) == "sessiondate", "\(header)")
    }
    #expect(HeaderName.normalise("D/deaf or disabled?") == "ddeafordisabled")
    #expect(HeaderName.normalise("SWEMWBS 1") == "swemwbs1")
    #expect(HeaderName.normalise("swemwbs_1") == "swemwbs1")
    #expect(HeaderName.normalise("\u{FEFF}Date") == "date")
    #expect(HeaderName.normalise("") == "")
  }

  @Test func keepsLettersAndDigitsOfAnyScript() {
    #expect(HeaderName.normalise("Âge (années)") == "âgeannées")
    #expect(HeaderName.normalise("Größe – cm") == "größecm")
    #expect(HeaderName.normalise("Дата") == "дата")
  }
}
