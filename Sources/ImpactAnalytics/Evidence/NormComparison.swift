import ImpactModel

/// Which responses are compared with a population norm, and with which norm: only identified
/// respondents aged 16 or over on the response's own date, with the norm for their gender when
/// the norm is given per gender (INDICATORS.md, "Deeper evidence").
struct NormComparison {
  let classifier: PersonClassifier

  /// The norm a response of `person` dated `day` is compared with, or nil when it is not
  /// compared (anonymous, under 16 or of unknown age, or of a gender the norm leaves out).
  func norm(_ norm: PopulationNorm, person: Int32, on day: Day) -> Double? {
    guard person >= 0, isAdult(Int(person), on: day) else { return nil }
    return norm.value(for: classifier.participants.profiles[Int(person)].gender)
  }

  /// Whether the person is known to be 16 or over on `day`: an exact age from a date of
  /// birth, the year minus a birth year, a stated age, or else an age band whose lower bound
  /// is 16 or more.
  func isAdult(_ person: Int, on day: Day) -> Bool {
    if let age = classifier.age(of: person, on: day) { return age >= 16 }
    let profile = classifier.participants.profiles[person]
    if let band = profile.ageBand { return band.lowerAge >= 16 }
    if let written = profile.nonstandardAgeBand {
      let digits = written.prefix { $0.isASCII && $0.isNumber }
      return Int(digits).map { $0 >= 16 } ?? false
    }
    return false
  }
}
