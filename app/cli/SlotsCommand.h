#pragma once

#include <QStringList>
#include <QTextStream>

namespace companion::cli {

// `companion-cli slots`: the slot engine as a pure function of files, for tests and scripts.
// `arguments` are the options after the word "slots":
//   --schedule FILE --offering FILE [--busy FILE] --from DATE --to DATE --now INSTANT
//   [--tz ZONE] [--json]
//   --help | -h                prints usage and the input shapes, returns 0
//   --batch FILE [--json]   FILE: [{"schedule", "offering", "busy", "from", "to", "now", "tz"?}...]
//                           prints one result per case, in order ({"error": ...} for a bad case)
// Files hold the API's JSON shapes (models/Schedule.h, Offering.h, BusySession.h).
// DATE is YYYY-MM-DD in the viewer's zone (--tz, default the schedule's zone); INSTANT is
// RFC 3339 with an offset. Output: models/Slot.h slotListToJson, or one line per slot.
// Returns 0 on success, 2 for usage errors or invalid input (message on `err`).
int runSlotsCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace companion::cli
