import Foundation
import ImpactModel
import ImpactSample
import Testing

@Suite struct SampleGeneratorTests {
  @Test func theSameSeedWritesIdenticalBytesAndAnotherSeedDiffers() throws {
    let first = try GeneratedSample(seed: 1)
    let again = try GeneratedSample(seed: 1)
    let other = try GeneratedSample(seed: 2)
    defer {
      first.remove()
      again.remove()
      other.remove()
    }
    #expect(first.summary == again.summary)
    for file in first.summary.files {
      #expect(try first.bytes(file.path) == again.bytes(file.path), "\(file.path)")
    }
    let register = "attendance/attendance-young-creatives-2025-26.csv"
    #expect(try first.bytes(register) != other.bytes(register))
    #expect(try first.bytes("participants.csv") != other.bytes("participants.csv"))
    #expect(try first.bytes("funding.csv") == other.bytes("funding.csv"))
  }

  @Test func writesTheExpectedFiles() throws {
    let sample = try GeneratedSample()
    defer { sample.remove() }
    let programmes = [
      "young-creatives", "youth-theatre", "memory-cafe", "hospital-arts", "prison-voices",
      "digital-art-club", "family-saturdays",
    ]
    let registers = programmes.flatMap { programme in
      ["2024-25", "2025-26"].map { "attendance/attendance-\(programme)-\($0).csv" }
    }
    let expected =
      registers + [
        "feedback/feedback-events.csv", "feedback/feedback-wellbeing-2024-25.csv",
        "feedback/feedback-wellbeing-2025-26.csv", "feedback/surveymonkey-youth-theatre.csv",
        "participants.csv", "funding.csv",
      ]
    #expect(sample.summary.files.map(\.path) == expected)
    let onDisk = try FileManager.default.subpathsOfDirectory(atPath: sample.folder.path)
      .filter { $0.hasSuffix(".csv") || $0.hasSuffix(".yml") }.sorted()
    // Besides the data files: the settings and the illustrative IMD lookup they name.
    let settings = ["impact.yml", "lookups/postcode-imd-illustrative.csv"]
    #expect(onDisk == (expected + settings).sorted())
  }

  @Test func scaleOneIsAMediumSizedOrganisation() throws {
    let sample = try GeneratedSample()
    defer { sample.remove() }
    let attendance = sample.summary.rows(of: .attendance)
    #expect((15_000...25_000).contains(attendance))
    #expect((600...1000).contains(sample.summary.people))
    #expect(sample.summary.rows(of: .participants) == sample.summary.people)
    #expect(sample.summary.rows(of: .funding) == 27)
  }

  @Test func rowCountsGrowWithScale() throws {
    let one = try GeneratedSample(scale: 1)
    let three = try GeneratedSample(scale: 3)
    defer {
      one.remove()
      three.remove()
    }
    let ratio =
      Double(three.summary.rows(of: .attendance)) / Double(one.summary.rows(of: .attendance))
    #expect((2.8...3.2).contains(ratio))
    let peopleRatio = Double(three.summary.people) / Double(one.summary.people)
    #expect((2.6...3.4).contains(peopleRatio))
    let feedbackRatio =
      Double(three.summary.rows(of: .feedback)) / Double(one.summary.rows(of: .feedback))
    #expect((2.6...3.4).contains(feedbackRatio))
  }

  @Test func summaryRowCountsMatchTheFiles() throws {
    let sample = try GeneratedSample()
    defer { sample.remove() }
    for file in sample.summary.files {
      let records = try sample.records(file.path)
      var headerRows = 1
      if file.path.contains("surveymonkey") || file.path.contains("prison-voices-2024-25") {
        headerRows = 2
      }
      // The malformed-quote line is one record to this reader too: it quotes `"Big"` only.
      #expect(records.count - headerRows == file.rows, "\(file.path)")
    }
  }

  @Test func encodingsDelimitersAndLineEndsVary() throws {
    let sample = try GeneratedSample()
    defer { sample.remove() }
    let utf16 = try sample.bytes("attendance/attendance-memory-cafe-2025-26.csv")
    #expect(Array(utf16.prefix(4)) == [0xFF, 0xFE, 0x45, 0x00])  // BOM, "E" of "Event ID"
    let windows = try sample.bytes("attendance/attendance-memory-cafe-2024-25.csv")
    #expect(String(validating: windows, as: UTF8.self) == nil)
    #expect(windows.contains([0x43, 0x61, 0x66, 0xE9]))  // "Café" in Windows-1252
    let crlf = try sample.text("attendance/attendance-digital-art-club-2024-25.csv")
    #expect(crlf.hasPrefix("Event ID,Date,Programme,Participant,Activity,Venue,Setting,Mode"))
    #expect(crlf.utf8.count(where: { $0 == 0x0A }) == crlf.utf8.count(where: { $0 == 0x0D }))
    let bom = try sample.bytes("attendance/attendance-digital-art-club-2025-26.csv")
    #expect(Array(bom.prefix(3)) == [0xEF, 0xBB, 0xBF])
    let semicolons = try sample.lines("attendance/attendance-hospital-arts-2024-25.csv")
    #expect(semicolons[0].hasPrefix("date;programme;participant_id;activity;venue;"))
    let tabs = try sample.lines("attendance/attendance-memory-cafe-2025-26.csv")
    #expect(tabs[0].hasPrefix("Event ID\tDate\tProgramme\tParticipant ID\t"))
    let titled = try sample.lines("attendance/attendance-prison-voices-2024-25.csv")
    #expect(titled[0] == "HMP Riverside \u{2013} Prison Voices register April 2024 to March 2025")
    #expect(titled[1].hasPrefix("Date,Programme,Participant ID,"))
  }

  @Test func valuesAreInTheirAcceptedForms() throws {
    let sample = try GeneratedSample()
    defer { sample.remove() }
    // ISO dates within 2025-26 in the canonical Young Creatives register.
    let canonical = try sample.records("attendance/attendance-young-creatives-2025-26.csv")
    #expect(canonical[0][1] == "date")
    for record in canonical.dropFirst() {
      #expect(record[1] >= "2025-04-01" && record[1] <= "2026-03-31")
      #expect(["attended", "absent", "No show", "cancelled"].contains(record[12]))
      #expect(record[6] == "school")
    }
    // "14 Jul 2025" dates and 12-hour times in Youth Theatre 2024-25.
    let named = try sample.records("attendance/attendance-youth-theatre-2024-25.csv")
    #expect(named[1][0].split(separator: " ").count == 3)
    #expect(named[1][7] == "5pm" || named[1][7] == "6pm")
    // Headcount rows carry no participant id.
    let family = try sample.records("attendance/attendance-family-saturdays-2024-25.csv")
    let headcounts = family.dropFirst().filter { !$0[3].isEmpty }
    #expect(!headcounts.isEmpty)
    #expect(headcounts.allSatisfy { $0[2].isEmpty && (12...45).contains(Int($0[3]) ?? 0) })
  }

  @Test func aFlatRegisterAgreesWithTheParticipantsFile() throws {
    let sample = try GeneratedSample()
    defer { sample.remove() }
    let participants = try sample.records("participants.csv")
    var byId: [String: [String]] = [:]
    for record in participants.dropFirst() { byId[record[0]] = record }
    let flat = try sample.records("attendance/attendance-youth-theatre-2025-26.csv")
    #expect(
      Array(flat[0][3...7]) == [
        "Participant ID", "Gender", "Date of birth", "Postcode", "Care experienced",
      ])
    for record in flat.dropFirst() {
      let profile = try #require(byId[record[3]])
      #expect(record[4] == profile[5])
      #expect(record[6] == profile[8])
      #expect(record[7] == profile[10])
      if !profile[1].isEmpty { #expect(record[5] == profile[1]) }
    }
  }
}

@Suite struct SampleSummaryTests {
  @Test func describesFilesAndProblems() {
    let summary = SampleSummary(
      files: [SampleFile(path: "funding.csv", kind: .funding, rows: 2, encoding: .utf8)],
      problems: [
        SampleProblem(
          file: "funding.csv", line: 3, column: "amount", value: "-5", severity: .rejected,
          problem: "an amount is never negative")
      ],
      people: 0)
    #expect(
      summary.description == """
        1 files, 0 people, 0 attendance rows, 0 feedback responses, 2 funding lines
          funding.csv: 2 funding rows, UTF-8
        Deliberate data problems, for trying out `impact validate`:
          funding.csv:3 amount \u{201C}-5\u{201D} (rejected): an amount is never negative
        """)
  }
}
