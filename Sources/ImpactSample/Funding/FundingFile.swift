import ImpactFiles

/// `funding.csv`: the centre's income lines for the two years, with amounts written the ways
/// finance spreadsheets write them. The lines are the same for every seed and scale.
enum FundingFile {
  static let path = "funding.csv"

  static let header = [
    "Funder", "Grant ref", "Programme", "Type", "Status", "Amount", "Start date", "End date",
    "Date", "Notes",
  ]

  /// Funder, reference, programme, type, status, amount, start, end, date, notes.
  private static let lines: [[String]] = [
    [
      "Arts Council England", "ACE-NPO-2023-0417", "", "grant", "received", "\u{A3}185,000",
      "01/04/2024", "31/03/2025", "", "National Portfolio, core",
    ],
    [
      "Arts Council England", "ACE-NPO-2023-0417", "", "grant", "received", "185000.00",
      "01/04/2025", "31/03/2026", "", "National Portfolio, core",
    ],
    [
      "Arts Council England", "ACE-PROJ-24-1182", "Youth Theatre", "grant", "received",
      "45000.00", "01/09/2024", "31/08/2025", "", "",
    ],
    [
      "Paul Hamlyn Foundation", "PHF-AAL-2024-036", "Young Creatives", "grant", "received",
      "\u{A3}60,000", "01/09/2024", "31/08/2026", "", "Two school years",
    ],
    [
      "National Lottery Heritage Fund", "NLHF-OM-24-00981", "Memory Caf\u{E9}", "grant",
      "awarded", "GBP 9750", "01/06/2024", "31/05/2025", "", "",
    ],
    [
      "National Lottery Heritage Fund", "NLHF-OM-24-00981", "Memory Caf\u{E9}", "grant",
      "awarded", "\u{A3}9,750.00", "01/06/2024", "31/05/2025", "", "",
    ],
    [
      "Local Council", "RBC-CULT-2425", "", "grant", "received", "\u{A3}12,500", "01/04/2024",
      "31/03/2025", "", "Culture grant",
    ],
    [
      "Local Council", "RBC-CULT-2526", "", "grant", "received", "12500", "01/04/2025",
      "31/03/2026", "", "Culture grant",
    ],
    [
      "NHS Charities Together", "NHSCT-2024-551", "Hospital Arts", "grant", "received",
      "\u{A3}18,000", "01/10/2024", "30/09/2025", "", "",
    ],
    [
      "HM Prison and Probation Service", "HMPPS-RIV-0042", "Prison Voices", "earned", "received",
      "24000", "01/04/2024", "31/03/2025", "", "Commissioned delivery",
    ],
    [
      "HM Prison and Probation Service", "HMPPS-RIV-0057", "Prison Voices", "earned", "received",
      "\u{A3}24,500", "01/04/2025", "31/03/2026", "", "Commissioned delivery",
    ],
    [
      "Arts Council England", "ACE-DYS-25-0033", "Digital Art Club", "grant", "awarded",
      "\u{A3}14,750", "01/07/2025", "30/06/2026", "", "",
    ],
    [
      "Riverside Building Society", "RBS-SPON-25", "Family Saturdays", "sponsorship", "received",
      "GBP 5000", "", "", "12/05/2025", "",
    ],
    [
      "Riverside Library", "", "Memory Caf\u{E9}", "in_kind", "received", "1800", "01/04/2025",
      "31/03/2026", "", "Room hire given free",
    ],
    [
      "Paul Hamlyn Foundation", "PHF-2026-0112", "Digital Art Club", "grant", "pending",
      "\u{A3}40,000", "01/04/2026", "31/03/2027", "", "Decision due June 2026",
    ],
    [
      "Esm\u{E9}e Fairbairn Foundation", "EFF-25-9981", "", "grant", "declined", "75000",
      "01/01/2026", "31/12/2028", "", "",
    ],
    [
      "Friends donations", "", "", "donation", "received", "\u{A3}1,240.50", "", "",
      "30/06/2024", "Quarter total",
    ],
    [
      "Friends donations", "", "", "donation", "received", "985.00", "", "", "30/09/2024",
      "Quarter total",
    ],
    [
      "Friends donations", "", "", "donation", "received", "\u{A3}2,310", "", "", "31/12/2024",
      "Quarter total, Christmas appeal",
    ],
    [
      "Friends donations", "", "", "donation", "received", "1105.75", "", "", "31/03/2025",
      "Quarter total",
    ],
    [
      "Friends donations", "", "", "donation", "received", "\u{A3}1,320.00", "", "",
      "30/06/2025", "Quarter total",
    ],
    [
      "Friends donations", "", "", "donation", "received", "GBP 1050", "", "", "30/09/2025",
      "Quarter total",
    ],
    [
      "Friends donations", "", "", "donation", "received", "\u{A3}2,745.20", "", "",
      "31/12/2025", "Quarter total, Christmas appeal",
    ],
    [
      "Friends donations", "", "", "donation", "received", "-250.00", "", "", "15/01/2026",
      "Refund of a duplicated gift",
    ],
    [
      "Workshop fees", "", "Family Saturdays", "earned", "received", "\u{A3}3,420", "", "",
      "31/03/2025", "Ticket income 2024-25",
    ],
    [
      "Workshop fees", "", "Family Saturdays", "earned", "received", "\u{A3}3,865", "", "",
      "31/03/2026", "Ticket income 2025-26",
    ],
    [
      "Local Council", "RBC-SMALL-17", "Youth Theatre", "grant", "received", "\u{A3}500", "", "",
      "", "Ward councillor small grant",
    ],
  ]

  /// Writes the funding lines.
  static func write(context: inout SampleContext) throws(FileWriteError) {
    var writer = try CSVWriter(path: context.folder + path)
    try writer.writeRow(header)
    for fields in lines {
      let line = writer.line
      try writer.writeRow(fields)
      if fields[1] == "NLHF-OM-24-00981" && fields[5].hasPrefix("\u{A3}") {
        context.note(
          path, line: line, column: "reference", value: fields[1], severity: .duplicate,
          problem: "the same grant line twice (`GBP 9750` and `\u{A3}9,750.00`)")
      } else if fields[5].hasPrefix("-") {
        context.note(
          path, line: line, column: "amount", value: fields[5], severity: .rejected,
          problem: "an amount is never negative")
      } else if fields[6].isEmpty && fields[8].isEmpty {
        context.note(
          path, line: line, column: "date", value: "", severity: .warning,
          problem: "a funding line with no date is attributed to no period")
      }
    }
    let rows = writer.rowsWritten - 1
    try writer.finish()
    context.files.append(SampleFile(path: path, kind: .funding, rows: rows, encoding: .utf8))
  }
}
