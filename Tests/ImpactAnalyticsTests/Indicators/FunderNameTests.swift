import ImpactAnalytics
import Testing

private func funder(_ name: String) -> FunderIncome {
  FunderIncome(funder: name, lines: [], programmes: [], unrestricted: 0)
}

@Test func aFunderIsNamedIgnoringCase() {
  #expect(funder("Arts Council").isNamed("arts council"))
  #expect(funder("Arts Council").isNamed("ARTS COUNCIL"))
  #expect(!funder("Arts Council").isNamed("Arts"))
  #expect(!funder("Arts Council").isNamed("Arts Council England"))
}

@Test func namedPicksTheMatchingFundersOrNone() {
  let funders = [funder("Arts Council"), funder("Local Trust"), funder("Bank plc")]
  #expect(FunderIncome.named("local trust", in: funders).map(\.funder) == ["Local Trust"])
  #expect(FunderIncome.named("City Council", in: funders).isEmpty)
  #expect(FunderIncome.named("Bank plc", in: []).isEmpty)
}
