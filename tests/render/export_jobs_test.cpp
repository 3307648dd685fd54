// Export jobs stepped a slice at a time, as the app runs them between its frames: a slides job
// stepped to its end writes one page per card, as the verb does; cancelled half-way, or dropped
// unfinished, it leaves no file and no temporary file.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "briefing_scene.h"
#include "outputs/export_request.h"
#include "outputs/slides_job.h"
#include "outputs/video_job.h"

namespace itinera {
namespace {

namespace fs = std::filesystem;

constexpr Viewport kSlide{480, 270};

// The number of pages in a PDF: its "/Type /Page" objects, "/Type /Pages" not counted.
int pdfPages(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  std::string s = text.str();
  int pages = 0;
  for (size_t at = s.find("/Type /Page"); at != std::string::npos; at = s.find("/Type /Page", at + 1))
    pages += s.compare(at, 12, "/Type /Pages") != 0;
  return pages;
}

class ExportJobsTest : public BriefingSceneTest<ExportJobsTest, 288, 270> {
 protected:
  void SetUp() override {
    folder_ = fs::temp_directory_path() / ("itinera-jobs-" + std::to_string(getpid()));
    fs::create_directories(folder_);
  }
  void TearDown() override { fs::remove_all(folder_); }
  bool folderEmpty() const { return fs::is_empty(folder_); }
  fs::path folder_;
};

TEST_F(ExportJobsTest, SlidesSteppedToTheEndWriteOnePagePerCard) {
  ASSERT_EQ(slideMapSize(kSlide).width, kSize.width);
  StorySequence cards = buildSequence(briefing_->trip(), briefing_->timeline(), briefing_->clock(), {});
  std::string error;
  auto job = SlidesJob::create(*briefing_, *renderer_, {(folder_ / "deck.pdf").string(), kSlide}, &error);
  ASSERT_TRUE(job) << error;
  EXPECT_EQ(job->total(), int64_t(cards.size()));
  int steps = 0;
  while (!job->finished()) {
    ASSERT_EQ(job->step(), "");
    ++steps;
    if (!job->finished()) EXPECT_FALSE(fs::exists(folder_ / "deck.pdf"));  // nothing in place until the end
  }
  EXPECT_EQ(steps, int(cards.size()));  // one slide a step
  EXPECT_EQ(pdfPages(folder_ / "deck.pdf"), int(cards.size()));
  EXPECT_EQ(std::distance(fs::directory_iterator(folder_), fs::directory_iterator()), 1);
}

TEST_F(ExportJobsTest, SlidesCancelledHalfWayLeaveNothing) {
  for (const char* name : {"deck.pdf", "pages/"}) {
    std::string error;
    auto job = SlidesJob::create(*briefing_, *renderer_, {(folder_ / name).string(), kSlide}, &error);
    ASSERT_TRUE(job) << error;
    for (int64_t i = 0; i < job->total() / 2; ++i) ASSERT_EQ(job->step(), "");
    job->cancel();
    EXPECT_TRUE(folderEmpty()) << name;
    EXPECT_EQ(job->step(), "");  // a cancelled job does nothing more
    EXPECT_TRUE(folderEmpty()) << name;
  }
}

TEST_F(ExportJobsTest, AVideoDroppedUnfinishedLeavesNothing) {
  std::string error;
  VideoSettings settings{(folder_ / "trip.mp4").string(), VideoFormat::Mp4, kSize, 10, 2.0, std::nullopt};
  auto job = VideoJob::create(*briefing_, *renderer_, settings, &error);
  ASSERT_TRUE(job) << error;
  EXPECT_EQ(job->total(), 20);
  for (int i = 0; i < 5; ++i) ASSERT_EQ(job->step(), "");
  EXPECT_EQ(job->done(), 5);
  EXPECT_FALSE(folderEmpty());  // the temporary the encoder writes into
  job.reset();
  EXPECT_TRUE(folderEmpty());
}

TEST_F(ExportJobsTest, RunExportJobStopsWhenProgressSaysSo) {
  std::string error;
  auto job = SlidesJob::create(*briefing_, *renderer_, {(folder_ / "deck.pdf").string(), kSlide}, &error);
  ASSERT_TRUE(job) << error;
  bool cancelled = false;
  int64_t seen = 0;
  error = runExportJob(*job, [&](int64_t done, int64_t) { return (seen = done) < 3; }, &cancelled);
  EXPECT_EQ(error, "");
  EXPECT_TRUE(cancelled);
  EXPECT_EQ(seen, 3);
  EXPECT_TRUE(folderEmpty());
}

TEST(ExportRequest, ProblemsNameTheOptionAndValue) {
  ExportRequest r = defaultExportRequest(ExportKind::Mp4, "trips/panama-2022.geojson", "/nonexistent-folder");
  EXPECT_EQ(r.path, "/nonexistent-folder/panama-2022.mp4");
  EXPECT_NE(exportRequestProblem(r).find("no directory '/nonexistent-folder'"), std::string::npos);
  r.path = pathForKind(r.path, ExportKind::SlidesPng);
  EXPECT_EQ(r.path, "/nonexistent-folder/panama-2022-slides/");
  EXPECT_EQ(pathForKind(r.path, ExportKind::Calendar), "/nonexistent-folder/panama-2022.ics");
  r = defaultExportRequest(ExportKind::Mp4, "", fs::temp_directory_path().string());
  r.fps = 0;
  EXPECT_NE(exportRequestProblem(r).find("--fps"), std::string::npos);
  r.fps = 30;
  r.path = (fs::temp_directory_path() / "x.gif").string();
  EXPECT_NE(exportRequestProblem(r), "");  // a GIF's name for an MP4
}

}  // namespace
}  // namespace itinera
