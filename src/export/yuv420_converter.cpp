// RGBA to BT.709 limited-range yuv420p for the H.264 encoder: a direct fixed-point conversion,
// about a third of libswscale's cost for packed RGBA (which has no fast path for it), chroma the
// mean of each 2x2 block (centre siting).
#include "export/ffmpeg_handles.h"
#include "export/frame_converter.h"

namespace itinera {

namespace {

// BT.709 (Kr 0.2126, Kb 0.0722) scaled to limited range (Y 16-235, Cb and Cr 16-240), in 1/65536.
constexpr int kYr = 11966, kYg = 40254, kYb = 4064;
constexpr int kCbR = -6596, kCbG = -22188, kCbB = 28784;
constexpr int kCrR = 28784, kCrG = -26145, kCrB = -2639;

inline uint8_t lumaOf(const uint8_t* p) {
  return uint8_t((kYr * p[0] + kYg * p[1] + kYb * p[2] + (16 << 16) + (1 << 15)) >> 16);
}

// One row of luma from packed RGBA (the fourth byte ignored).
void lumaRow(const uint8_t* rgba, uint8_t* y, int width) {
  for (int x = 0; x < width; ++x) y[x] = lumaOf(rgba + 4 * x);
}

// A row of chroma from two rows of RGBA: each sample from the sum of a 2x2 block.
void chromaRow(const uint8_t* top, const uint8_t* bottom, uint8_t* cb, uint8_t* cr, int chromaWidth) {
  for (int x = 0; x < chromaWidth; ++x) {
    const uint8_t* a = top + 8 * x;
    const uint8_t* b = bottom + 8 * x;
    int r = a[0] + a[4] + b[0] + b[4], g = a[1] + a[5] + b[1] + b[5], bl = a[2] + a[6] + b[2] + b[6];
    cb[x] = uint8_t((kCbR * r + kCbG * g + kCbB * bl + (128 << 18) + (1 << 17)) >> 18);
    cr[x] = uint8_t((kCrR * r + kCrG * g + kCrB * bl + (128 << 18) + (1 << 17)) >> 18);
  }
}

class Yuv420Converter : public FrameConverter {
 public:
  explicit Yuv420Converter(AvFramePtr frame) : frame_(std::move(frame)) {}

  std::string convert(const uint8_t* rgba, int64_t pts, const ConvertedFrameSink& sink) override {
    // The encoder may still hold a reference to the last frame's pixels.
    int ret = av_frame_make_writable(frame_.get());
    if (ret < 0) return "cannot allocate a video frame (" + avErrorText(ret) + ")";
    const int width = frame_->width, height = frame_->height;  // both even (checkVideoSettings)
    const ptrdiff_t stride = ptrdiff_t(width) * 4;
    for (int row = 0; row < height; row += 2) {
      const uint8_t* top = rgba + stride * row;
      lumaRow(top, frame_->data[0] + ptrdiff_t(frame_->linesize[0]) * row, width);
      lumaRow(top + stride, frame_->data[0] + ptrdiff_t(frame_->linesize[0]) * (row + 1), width);
      chromaRow(top, top + stride, frame_->data[1] + ptrdiff_t(frame_->linesize[1]) * (row / 2),
                frame_->data[2] + ptrdiff_t(frame_->linesize[2]) * (row / 2), width / 2);
    }
    frame_->pts = pts;
    converted_ = true;
    return sink(frame_.get());
  }

  // The picture converted last is still in `frame_` (the encoder only reads it): sent again.
  std::string repeat(const uint8_t* rgba, int64_t pts, const ConvertedFrameSink& sink) override {
    if (!converted_) return convert(rgba, pts, sink);
    frame_->pts = pts;
    return sink(frame_.get());
  }

  std::string flush(const ConvertedFrameSink&) override { return {}; }

 private:
  AvFramePtr frame_;
  bool converted_ = false;
};

}  // namespace

Result<std::unique_ptr<FrameConverter>> makeYuv420Converter(int width, int height) {
  if (width % 2 != 0 || height % 2 != 0) return Error{"yuv420p needs an even width and height"};
  AvFramePtr frame(av_frame_alloc());
  if (!frame) return Error{"cannot allocate a video frame"};
  frame->format = AV_PIX_FMT_YUV420P;
  frame->width = width;
  frame->height = height;
  frame->color_range = AVCOL_RANGE_MPEG;
  frame->colorspace = AVCOL_SPC_BT709;
  frame->color_primaries = AVCOL_PRI_BT709;
  frame->color_trc = AVCOL_TRC_BT709;
  frame->chroma_location = AVCHROMA_LOC_CENTER;
  int ret = av_frame_get_buffer(frame.get(), 0);
  if (ret < 0) return Error{"cannot allocate a video frame (" + avErrorText(ret) + ")"};
  return std::unique_ptr<FrameConverter>(new Yuv420Converter(std::move(frame)));
}

}  // namespace itinera
