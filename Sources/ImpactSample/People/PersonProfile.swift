import ImpactModel

/// One person's profile as the participants file (and a flat register) writes it.
///
/// Everything is drawn from the person's own random stream, so the same person gets the same
/// profile wherever it is written.
struct PersonProfile {
  /// Which age column the participants file fills for this person.
  enum AgeColumn {
    case dateOfBirth
    case birthYear
    case age
    case ageBand
    case none
  }

  var birthDay: Day
  var ageColumn: AgeColumn
  var gender: String
  var ethnicity: String
  var disability: String
  var postcode: String
  var imdDecile: Int?
  var careExperienced: String

  private static let genderWords: [[String]] = [
    ["Female", "F", "Woman", "female"],
    ["Male", "M", "Man", "male"],
    ["Non-binary", "Non-binary", "non binary", "Non-binary"],
    ["Other", "Other", "Other", "Other"],
  ]

  init(
    seed: UInt64, person: Int, cohort: PersonCohort, joinDay: Day, postcodes: PostcodePool
  ) {
    var random = SampleRandom(seed: seed, stream: UInt64(person) &* 2 &+ 1)
    let age = random.int(in: cohort.ages)
    birthDay = joinDay.adding(days: -(age * 365 + age / 4 + random.below(365)))
    ageColumn =
      [.dateOfBirth, .birthYear, .age, .ageBand, .none][
        random.weighted([45, 20, 17, 12, 6])]

    let genderDraw = random.below(100)
    if genderDraw < 3 {
      gender = "Prefer not to say"
    } else if genderDraw < 7 {
      gender = ""
    } else {
      let words = Self.genderWords[random.weighted(cohort.genderWeights)]
      gender = words[random.weighted([70, 10, 12, 8])]
    }

    let ethnicityDraw = random.below(100)
    if ethnicityDraw < 4 {
      ethnicity = "Prefer not to say"
    } else if ethnicityDraw < 9 {
      ethnicity = ""
    } else {
      let index = random.weighted(EthnicityWording.weights)
      ethnicity = EthnicityWording.text(index: index, style: random.weighted([40, 30, 30]))
    }

    let disabilityDraw = random.unit()
    if disabilityDraw < 0.03 {
      disability = "Prefer not to say"
    } else if disabilityDraw < 0.08 {
      disability = ""
    } else {
      disability = random.chance(cohort.disabilityRate) ? "Yes" : "No"
    }

    let code = postcodes.postcode(random: &random, tilt: cohort.deprivationTilt)
    imdDecile = random.chance(0.85) ? PostcodePool.decile(of: code) : nil
    switch random.below(10) {
    case 0, 1: postcode = code.lowercased()
    case 2: postcode = String(code.filter { $0 != " " })
    case 3: postcode = "rv" + String(code.dropFirst(2).filter { $0 != " " })
    default: postcode = code
    }

    if cohort.recordsCareExperience && age < 25 {
      careExperienced =
        random.chance(0.05) ? "" : (random.chance(cohort.careExperiencedRate) ? "Yes" : "No")
    } else {
      careExperienced = ""
    }
  }

  /// The person's age in whole years on `day`.
  func age(on day: Day) -> Int {
    birthDay.wholeYears(to: day)
  }

  /// The age band (`25-34`) for an age.
  static func band(age: Int) -> String {
    AgeBand.allCases.first { $0.ageRange.contains(age) }?.label ?? ""
  }
}
