/// The kinds of people a programme serves; a person's profile is drawn from their cohort.
enum PersonCohort: UInt8, CaseIterable {
  case primaryPupil
  case youthTheatreMember
  case careHomeResident
  case memoryCafeGuest
  case hospitalChild
  case hospitalOlderPatient
  case prisoner
  case onlineYoungPerson
  case onlineAdult
  case familyChild

  /// Ages on the day a person joins.
  var ages: ClosedRange<Int> {
    switch self {
    case .primaryPupil: return 7...11
    case .youthTheatreMember: return 11...19
    case .careHomeResident: return 74...97
    case .memoryCafeGuest: return 62...90
    case .hospitalChild: return 4...15
    case .hospitalOlderPatient: return 68...94
    case .prisoner: return 19...58
    case .onlineYoungPerson: return 13...19
    case .onlineAdult: return 22...70
    case .familyChild: return 2...11
    }
  }

  /// Relative weights of woman, man, non-binary, other (self-described).
  var genderWeights: [Int] {
    switch self {
    case .prisoner: return [0, 96, 1, 0]
    case .careHomeResident, .memoryCafeGuest, .hospitalOlderPatient: return [64, 36, 0, 0]
    case .youthTheatreMember, .onlineYoungPerson: return [56, 36, 6, 2]
    case .onlineAdult: return [58, 38, 3, 1]
    case .primaryPupil, .hospitalChild, .familyChild: return [50, 49, 1, 0]
    }
  }

  /// Share of people who are disabled.
  var disabilityRate: Double {
    switch self {
    case .careHomeResident, .hospitalOlderPatient: return 0.45
    case .memoryCafeGuest: return 0.35
    case .prisoner: return 0.28
    case .hospitalChild: return 0.3
    case .onlineAdult: return 0.22
    case .youthTheatreMember, .onlineYoungPerson: return 0.12
    case .primaryPupil, .familyChild: return 0.08
    }
  }

  /// Whether the participants file records `care_experienced` for this cohort.
  var recordsCareExperience: Bool {
    switch self {
    case .youthTheatreMember, .onlineYoungPerson, .primaryPupil, .hospitalChild, .familyChild:
      return true
    case .careHomeResident, .memoryCafeGuest, .hospitalOlderPatient, .prisoner, .onlineAdult:
      return false
    }
  }

  /// Share of the cohort who are care experienced.
  var careExperiencedRate: Double {
    switch self {
    case .youthTheatreMember: return 0.09
    case .onlineYoungPerson: return 0.07
    default: return 0.04
    }
  }

  /// A shift of the neighbourhood choice towards more (negative) or less deprived areas.
  var deprivationTilt: Int {
    switch self {
    case .prisoner: return -3
    case .primaryPupil, .familyChild: return -1
    case .onlineAdult, .careHomeResident: return 1
    default: return 0
    }
  }
}
