// Wording one event, each part with the grade of the evidence it rests on.
#include "core/story/story_event.h"

#include "core/story/local_times.h"
#include "core/story/story_marks.h"

namespace itinera {
namespace {

// The place label, then the grades of where it is: of the event being there, and of the
// coordinates when they rest on other evidence.
std::string whereLabel(const Trip& trip, const Event& e, const Evidence& placeEvidence) {
  const Place* place = trip.place(e.place);
  if (!place) return e.place.empty() ? "place not known" : "place not in the trip";
  std::string marks;
  // Named as in the interchange files' grades: "place" for the event being there, "location" for the
  // coordinates.
  if (placeEvidence.basis != Basis::Stated) marks = "place " + gradeWord(gradeName(placeEvidence));
  if (place->locationEvidence && place->locationEvidence->basis != Basis::Stated)
    marks += (marks.empty() ? "" : "; ") + std::string("location ") + gradeWord(gradeName(*place->locationEvidence));
  return placeLabel(place, e.place, marks);
}

StoryPerson person(const Trip& trip, const Participant& p) {
  StoryPerson out;
  if (const Person* who = trip.person(p.person)) {
    out.name = who->name;
    out.role = who->role;
    if (const Organisation* org = trip.organisation(who->organisation)) out.role += (out.role.empty() ? "" : ", ") + org->name;
    if (!who->sourceSpelling.empty()) out.note = "the source spells it \"" + who->sourceSpelling + "\"";
    out.line = out.role.empty() ? out.name : out.name + ", " + out.role;
  } else {
    out.name = out.line = trip.participantName(p);
    out.role = p.role;
  }
  if (p.evidence.basis != Basis::Stated)
    out.attendance = "Attendance " + basisLabel(p.evidence) + (p.evidence.reason.empty() ? "" : ": " + p.evidence.reason);
  return out;
}

}  // namespace

bool hourKnown(const TimeSpan& time) {
  return time.precision == TimePrecision::Minute || time.precision == TimePrecision::Hour ||
         time.precision == TimePrecision::PartOfDay;
}

std::string shortDay(const CivilTime& c) { return weekdayName(c) + " " + std::to_string(c.day) + " " + monthName(c.month); }

EventStory describeEvent(const Trip& trip, const PlaceZones& zones, const Event& e) {
  EventStory s;
  s.event = &e;
  s.title = e.title;
  if (e.time.precision != TimePrecision::Trip) s.day = localDay(e, zones);
  const Evidence& timeEvidence = aspectEvidence(e.time.evidence, e.evidence);
  const Evidence& placeEvidence = aspectEvidence(e.placeEvidence, e.evidence);
  s.when = withGrade(eventTimeLabel(e, zones), timeEvidence);
  s.where = whereLabel(trip, e, placeEvidence);
  s.eventGrade = gradeName(e.evidence);
  s.timeGrade = gradeName(timeEvidence);
  s.placeGrade = gradeName(placeEvidence);
  if (const Place* place = trip.place(e.place); place && place->locationEvidence)
    s.locationGrade = gradeName(*place->locationEvidence);
  s.basis = basisLabel(e.evidence);
  for (const Participant& p : e.participants) s.participants.push_back(person(trip, p));
  s.summary = e.summary;
  s.outcome = e.outcome;
  s.hourKnown = hourKnown(e.time);
  return s;
}

}  // namespace itinera
