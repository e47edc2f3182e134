import ImpactExport
import Testing

// Each expected text is the double's shortest round-trip digits written out without an
// exponent (worked out by moving the decimal point by hand).
@Test(arguments: [
  (0.0, "0"), (-0.0, "0"), (12000.0, "12000"), (0.5, "0.5"), (1e-05, "0.00001"),
  (9.128683652955284e-09, "0.000000009128683652955284"), (1.5e16, "15000000000000000"),
  (1e15, "1000000000000000"), (-2.5e-7, "-0.00000025"), (1.0 / 3.0, "0.3333333333333333"),
  (123456.789, "123456.789"), (0.1 + 0.2, "0.30000000000000004"), (-42.0, "-42"),
  (2.5e15, "2500000000000000"), (70082.80821917808, "70082.80821917808"),
])
func plainNumbers(value: Double, text: String) {
  #expect(PlainNumber.text(value) == text)
  #expect(Double(PlainNumber.text(value)) == value)
}

@Test func nonFiniteNumbersAreEmpty() {
  #expect(PlainNumber.text(.nan) == "")
  #expect(PlainNumber.text(.infinity) == "")
}
