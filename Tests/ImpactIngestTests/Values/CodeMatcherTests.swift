import ImpactModel
import Testing

@testable import ImpactIngest

struct CodeMatcherTests {
  @Test func readsEverySettingWord() {
    let cases: [(String, Setting)] = [
      ("venue", .venue), ("Our venue", .venue), ("on site", .venue), ("Onsite", .venue),
      ("in-house", .venue), ("School", .school), ("schools", .school), ("college", .school),
      ("Nursery", .school), ("community", .community), ("Community venue", .community),
      ("community centre", .community), ("Library", .community), ("Hospital", .hospital),
      ("hospitals", .hospital), ("ward", .hospital), ("Care home", .careHome),
      ("care_home", .careHome), ("CARE-HOME", .careHome), ("carehome", .careHome),
      ("care homes", .careHome), ("residential care", .careHome), ("Nursing home", .careHome),
      ("prison", .prison), ("Young offender institution", .prison), ("YOI", .prison),
      ("online", .online), ("Virtual", .online), ("digital", .online), ("remote", .online),
      ("Zoom", .online), ("outdoor", .outdoor), ("Outdoors", .outdoor), ("outside", .outdoor),
      ("park", .outdoor), ("Other", .other), ("School hall", .school),
      ("Hospital - children's ward", .hospital),
    ]
    for (text, setting) in cases {
      #expect(CodeMatcher.setting(text) == .value(setting), "\(text)")
    }
    #expect(CodeMatcher.setting("Purple") == .invalid("`Purple` is not a setting; read as other"))
    #expect(CodeMatcher.setting(" ") == .unknown)
  }

  @Test func readsEveryDeliveryWord() {
    let cases: [(String, Delivery)] = [
      ("in_person", .inPerson), ("In person", .inPerson), ("in-person", .inPerson),
      ("inperson", .inPerson), ("Face to face", .inPerson), ("face-to-face", .inPerson),
      ("F2F", .inPerson), ("onsite", .inPerson), ("on site", .inPerson), ("Live", .inPerson),
      ("online", .online), ("virtual", .online), ("Digital", .online), ("remote", .online),
      ("zoom", .online), ("Hybrid", .hybrid), ("blended", .hybrid), ("mixed", .hybrid),
      ("Online (Zoom)", .online),
    ]
    for (text, delivery) in cases {
      #expect(CodeMatcher.delivery(text) == .value(delivery), "\(text)")
    }
    #expect(
      CodeMatcher.delivery("Postal")
        == .invalid("`Postal` is not a delivery mode (in person, online or hybrid)"))
  }

  /// DATA.md's "Attendance status" table, word by word and mark by mark.
  @Test func readsEveryAttendanceStatusWord() {
    let cases: [(String, AttendanceStatus)] = [
      ("attended", .attended), ("Present", .attended), ("yes", .attended), ("Y", .attended),
      ("1", .attended), ("TRUE", .attended), ("checked", .attended), ("Ticked", .attended),
      ("Checked In", .attended), ("checked-in", .attended), ("Scanned", .attended),
      ("redeemed", .attended), ("here", .attended), ("✓", .attended), ("✔", .attended),
      ("☑", .attended), ("/", .attended), ("\\", .attended), ("L", .attended),
      ("booked", .booked), ("Attending", .booked), ("Registered", .booked),
      ("reserved", .booked), ("Confirmed", .booked), ("waitlist", .booked),
      ("Waitlisted", .booked), ("absent", .absent), ("no", .absent), ("n", .absent),
      ("0", .absent), ("false", .absent), ("No show", .absent), ("no-show", .absent),
      ("Did not attend", .absent), ("DNA", .absent), ("Unexcused absence", .absent),
      ("Excused Absence", .absent), ("authorised absence", .absent), ("x", .absent),
      ("X", .absent), ("✗", .absent), ("✘", .absent), ("cancelled", .cancelled),
      ("Canceled", .cancelled), ("refunded", .cancelled), ("void", .cancelled),
      ("Voided", .cancelled), ("transferred", .cancelled), ("Not Attending", .cancelled),
      ("Deleted", .cancelled), ("Refunded/Canceled", .cancelled),
      ("Cancelled by venue", .cancelled), ("Absent - ill", .absent),
      ("Checked In 10:32", .attended),
    ]
    for (text, status) in cases {
      #expect(CodeMatcher.attendanceStatus(text) == .value(status), "\(text)")
    }
    // Words outside the table are never an attendance.
    for text in ["late", "came", "yeah", "yep", "maybe", "Completed"] {
      #expect(
        CodeMatcher.attendanceStatus(text)
          == .invalid("`\(text)` is not an attendance status (attended, absent, cancelled, booked)")
      )
    }
    #expect(CodeMatcher.attendanceStatus("Unknown") == .unknown)
  }

  @Test func readsEveryFeedbackStageWord() {
    let cases: [(String, FeedbackStage)] = [
      ("pre", .pre), ("Baseline", .pre), ("start", .pre), ("before", .pre), ("First", .pre),
      ("beginning", .pre), ("initial", .pre), ("entry", .pre), ("Pre-programme", .pre),
      ("Start of programme", .pre), ("post", .post), ("end", .post), ("After", .post),
      ("exit", .post), ("Follow-up", .post), ("follow up", .post), ("followup", .post),
      ("last", .post), ("final", .post), ("End of programme", .post), ("single", .single),
      ("one-off", .single), ("once", .single), ("only", .single), ("snapshot", .single),
      ("intake", .pre), ("Completion", .post), ("My first session", .pre),
      ("It was my last session", .post), ("Before the course", .pre),
      ("Week 1 (my first time here)", .pre),
    ]
    for (text, stage) in cases {
      #expect(CodeMatcher.feedbackStage(text) == .value(stage), "\(text)")
    }
    #expect(
      CodeMatcher.feedbackStage("Middle")
        == .invalid("`Middle` is not a survey stage (pre, post or single)"))
    #expect(
      CodeMatcher.feedbackStage("My first and last session")
        == .invalid(
          "`My first and last session` holds words of both pre and post, so it is not a survey stage"
        ))
  }

  @Test func readsEveryFundingTypeWord() {
    let cases: [(String, FundingType)] = [
      ("grant", .grant), ("Grants", .grant), ("award", .grant), ("donation", .donation),
      ("Donations", .donation), ("gift", .donation), ("giving", .donation),
      ("sponsorship", .sponsorship), ("Sponsor", .sponsorship), ("sponsored", .sponsorship),
      ("Corporate sponsorship", .sponsorship), ("earned", .earned),
      ("Earned income", .earned), ("fees", .earned), ("fee", .earned), ("Sales", .earned),
      ("trading", .earned), ("commission", .earned), ("in_kind", .inKind), ("In kind", .inKind),
      ("in-kind", .inKind), ("inkind", .inKind), ("In-kind support", .inKind),
      ("in kind donation", .inKind), ("Gift in kind", .inKind), ("other", .other),
      ("Grant (capital)", .grant),
    ]
    for (text, type) in cases {
      #expect(CodeMatcher.fundingType(text) == .value(type), "\(text)")
    }
    #expect(
      CodeMatcher.fundingType("Loan")
        == .invalid(
          "`Loan` is not a funding type (grant, donation, sponsorship, earned, in kind or other)"))
  }

  @Test func readsEveryFundingStatusWord() {
    let cases: [(String, FundingStatus)] = [
      ("awarded", .awarded), ("Confirmed", .awarded), ("approved", .awarded),
      ("granted", .awarded), ("secured", .awarded), ("successful", .awarded),
      ("received", .received), ("Paid", .received), ("banked", .received),
      ("in bank", .received), ("pending", .pending), ("Applied", .pending),
      ("Awaiting decision", .pending), ("awaiting", .pending), ("submitted", .pending),
      ("in progress", .pending), ("under review", .pending), ("declined", .declined),
      ("Rejected", .declined), ("unsuccessful", .declined), ("refused", .declined),
      ("not awarded", .declined), ("Applied March 2025", .pending), ("offered", .awarded),
      ("Shortlisted", .pending), ("Lost", .declined), ("withdrawn", .declined),
      ("Not funded", .declined), ("Closed Won", .awarded), ("Closed Lost", .declined),
    ]
    for (text, status) in cases {
      #expect(CodeMatcher.fundingStatus(text) == .value(status), "\(text)")
    }
    #expect(
      CodeMatcher.fundingStatus("Maybe")
        == .invalid("`Maybe` is not a funding status (awarded, received, pending or declined)"))
  }

  @Test func readsEveryGenderWord() {
    let cases: [(String, Gender)] = [
      ("woman", .woman), ("Women", .woman), ("Female", .woman), ("f", .woman), ("girl", .woman),
      ("W", .woman), ("cis woman", .woman), ("Trans woman", .woman), ("man", .man),
      ("men", .man), ("MALE", .man), ("m", .man), ("boy", .man), ("cis man", .man),
      ("trans man", .man), ("non_binary", .nonBinary), ("Non-binary", .nonBinary),
      ("non binary", .nonBinary), ("nonbinary", .nonBinary), ("NB", .nonBinary),
      ("enby", .nonBinary), ("genderqueer", .nonBinary), ("other", .other),
      ("Self-described", .other), ("self describe", .other),
      ("Prefer to self-describe", .other), ("Self-describe: agender", .other),
      ("I describe myself in another way", .other), ("In another way", .other),
      ("another way", .other),
    ]
    for (text, gender) in cases {
      #expect(CodeMatcher.gender(text) == .value(gender), "\(text)")
    }
    for text in ["Prefer not to say", "prefer-not-to-say", "", "Don't know", "N/A"] {
      #expect(CodeMatcher.gender(text) == .unknown, "\(text)")
    }
    #expect(
      CodeMatcher.gender("Femal")
        == .invalid("`Femal` is not a gender this tool knows (woman, man, non-binary or other)"))
  }

  @Test func readsEveryDisabilityWord() {
    let cases: [(String, Disability)] = [
      ("yes", .disabled), ("Y", .disabled), ("true", .disabled), ("1", .disabled),
      ("✓", .disabled), ("Disabled", .disabled), ("d/Deaf", .disabled), ("Deaf", .disabled),
      ("D/deaf or disabled", .disabled), ("Has a disability", .disabled),
      ("Yes - I consider myself disabled", .disabled), ("no", .notDisabled),
      ("N", .notDisabled), ("false", .notDisabled), ("0", .notDisabled),
      ("Not disabled", .notDisabled), ("non-disabled", .notDisabled),
      ("nondisabled", .notDisabled), ("No disability", .notDisabled),
      ("No, I don't", .notDisabled),
    ]
    for (text, disability) in cases {
      #expect(CodeMatcher.disability(text) == .value(disability), "\(text)")
    }
    #expect(CodeMatcher.disability("Prefer not to say") == .unknown)
    #expect(CodeMatcher.disability("") == .unknown)
    #expect(
      CodeMatcher.disability("Sometimes") == .invalid("`Sometimes` is not a yes or no answer"))
  }
}
