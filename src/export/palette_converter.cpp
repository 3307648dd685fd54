// RGBA to 8-bit palette frames for GIF through libavfilter: palettegen picks each frame's 256
// colours from that frame, paletteuse maps the pixels onto them with ordered dithering.
#include "export/ffmpeg_handles.h"
#include "export/frame_converter.h"

extern "C" {
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
#include <libavutil/opt.h>
}

namespace itinera {

namespace {

// Per-frame palettes follow the map as it zooms (one global palette from the first frame would
// miss colours that appear later), with no second pass and no buffered frames. Bayer dithering is
// ordered, so still areas do not shimmer between frames as error diffusion would make them.
constexpr const char* kPaletteGraph =
    "split[a][b];"
    "[a]palettegen=max_colors=256:reserve_transparent=0:stats_mode=single[p];"
    "[b][p]paletteuse=new=1:dither=bayer:bayer_scale=3";

class PaletteConverter : public FrameConverter {
 public:
  PaletteConverter(AvFilterGraphPtr graph, AVFilterContext* source, AVFilterContext* sink, int width, int height,
                   int fps)
      : graph_(std::move(graph)), source_(source), sink_(sink), frameTime_{1, fps}, input_(av_frame_alloc()),
        output_(av_frame_alloc()) {
    input_->format = AV_PIX_FMT_RGB0;
    input_->width = width;
    input_->height = height;
    input_->linesize[0] = width * 4;
  }

  std::string convert(const uint8_t* rgba, int64_t pts, const ConvertedFrameSink& sink) override {
    // Not reference-counted, so the buffer source copies the pixels before returning.
    input_->data[0] = const_cast<uint8_t*>(rgba);
    input_->pts = pts;
    int ret = av_buffersrc_add_frame_flags(source_, input_.get(), AV_BUFFERSRC_FLAG_KEEP_REF);
    if (ret < 0) return "cannot build the GIF palette (" + avErrorText(ret) + ")";
    return drain(sink);
  }

  std::string flush(const ConvertedFrameSink& sink) override {
    int ret = av_buffersrc_add_frame_flags(source_, nullptr, 0);
    if (ret < 0) return "cannot build the GIF palette (" + avErrorText(ret) + ")";
    return drain(sink);
  }

 private:
  std::string drain(const ConvertedFrameSink& sink) {
    for (;;) {
      int ret = av_buffersink_get_frame(sink_, output_.get());
      if (ret == AVERROR(EAGAIN) || ret == AVERROR_EOF) return {};
      if (ret < 0) return "cannot build the GIF palette (" + avErrorText(ret) + ")";
      output_->pts = av_rescale_q(output_->pts, av_buffersink_get_time_base(sink_), frameTime_);
      std::string error = sink(output_.get());
      av_frame_unref(output_.get());
      if (!error.empty()) return error;
    }
  }

  AvFilterGraphPtr graph_;
  AVFilterContext* source_;
  AVFilterContext* sink_;
  AVRational frameTime_;
  AvFramePtr input_;
  AvFramePtr output_;
};

struct InOutFree {
  void operator()(AVFilterInOut* io) const { avfilter_inout_free(&io); }
};
using InOutPtr = std::unique_ptr<AVFilterInOut, InOutFree>;

InOutPtr endpoint(const char* name, AVFilterContext* filter) {
  InOutPtr io(avfilter_inout_alloc());
  if (!io) return io;
  io->name = av_strdup(name);
  io->filter_ctx = filter;
  io->pad_idx = 0;
  io->next = nullptr;
  return io;
}

}  // namespace

Result<std::unique_ptr<FrameConverter>> makePaletteConverter(int width, int height, int fps) {
  AvFilterGraphPtr graph(avfilter_graph_alloc());
  if (!graph) return Error{"cannot allocate the GIF palette filters"};
  graph->nb_threads = 1;  // the encoding thread is already one of the machine's cores
  std::string args = "video_size=" + std::to_string(width) + "x" + std::to_string(height) +
                     ":pix_fmt=" + std::to_string(AV_PIX_FMT_RGB0) + ":time_base=1/" + std::to_string(fps) +
                     ":pixel_aspect=1/1";
  AVFilterContext* source = nullptr;
  AVFilterContext* sink = nullptr;
  int ret = avfilter_graph_create_filter(&source, avfilter_get_by_name("buffer"), "in", args.c_str(), nullptr,
                                         graph.get());
  if (ret >= 0)
    ret = avfilter_graph_create_filter(&sink, avfilter_get_by_name("buffersink"), "out", nullptr, nullptr,
                                       graph.get());
  const enum AVPixelFormat paletted[] = {AV_PIX_FMT_PAL8, AV_PIX_FMT_NONE};
  if (ret >= 0) ret = av_opt_set_int_list(sink, "pix_fmts", paletted, AV_PIX_FMT_NONE, AV_OPT_SEARCH_CHILDREN);
  if (ret < 0) return Error{"cannot set up the GIF palette filters (" + avErrorText(ret) + ")"};

  // The graph's open input is fed by our source, its open output drains into our sink.
  InOutPtr graphInput = endpoint("out", sink);
  InOutPtr graphOutput = endpoint("in", source);
  AVFilterInOut* inputs = graphInput.release();
  AVFilterInOut* outputs = graphOutput.release();
  ret = avfilter_graph_parse_ptr(graph.get(), kPaletteGraph, &inputs, &outputs, nullptr);
  avfilter_inout_free(&inputs);
  avfilter_inout_free(&outputs);
  if (ret >= 0) ret = avfilter_graph_config(graph.get(), nullptr);
  if (ret < 0) return Error{"cannot set up the GIF palette filters (" + avErrorText(ret) + ")"};
  return std::unique_ptr<FrameConverter>(new PaletteConverter(std::move(graph), source, sink, width, height, fps));
}

}  // namespace itinera
