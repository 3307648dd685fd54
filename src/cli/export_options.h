// The options of `itinera export`, each checked before any rendering starts: the output's
// kind from -o, the frame rate, the length, and the part of the trip (--from, --to).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "cli/command_line.h"
#include "core/io/result.h"
#include "core/story/story_pacing.h"
#include "core/trip/trip.h"
#include "outputs/export_request.h"  // outputFolderProblem
#include "outputs/video_job.h"  // kDefaultVideoSeconds, kMaxVideoSeconds

namespace itinera {

// --fps (default `fallback`): a whole number; its range is the video format's to check.
Result<int> fpsOption(const CommandLine& cl, int fallback);
// --seconds: a number of seconds above 0 and at most kMaxVideoSeconds; nullopt when not given.
Result<std::optional<double>> secondsOption(const CommandLine& cl);

// The presentation seconds of `pacing` that --from and --to span (the whole pacing without
// them). --from TIME starts where the clock reaches TIME, --to ends where it passes it. Errors
// (times outside the trip, --from after --to, a span showing nothing) name the option and value.
struct PresentationSpan {
  double from = 0, to = 0;
  bool whole = true;
};
Result<PresentationSpan> presentationSpan(const CommandLine& cl, const Trip& trip, const TripClock& clock,
                                          const StoryPacing& pacing);


}  // namespace itinera
