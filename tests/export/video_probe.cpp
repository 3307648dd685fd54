// Independent read-back: FFmpeg's demuxers and decoders (not the encoders under test).
#include "video_probe.h"

#include <memory>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libswscale/swscale.h>
}

namespace itinera::testing {

namespace {

struct InputClose {
  void operator()(AVFormatContext* f) const { avformat_close_input(&f); }
};
struct CodecFree {
  void operator()(AVCodecContext* c) const { avcodec_free_context(&c); }
};
struct FrameFree {
  void operator()(AVFrame* f) const { av_frame_free(&f); }
};
struct PacketFree {
  void operator()(AVPacket* p) const { av_packet_free(&p); }
};

std::vector<uint8_t> toRgb(const AVFrame* frame) {
  SwsContext* sws = sws_getContext(frame->width, frame->height, AVPixelFormat(frame->format), frame->width,
                                   frame->height, AV_PIX_FMT_RGB24, SWS_BILINEAR | SWS_ACCURATE_RND, nullptr,
                                   nullptr, nullptr);
  // Read the colour matrix and range the file declares.
  int space = frame->colorspace == AVCOL_SPC_BT709 ? SWS_CS_ITU709 : SWS_CS_DEFAULT;
  int fullRange = frame->color_range == AVCOL_RANGE_JPEG ? 1 : 0;
  sws_setColorspaceDetails(sws, sws_getCoefficients(space), fullRange, sws_getCoefficients(SWS_CS_DEFAULT), 1, 0,
                           1 << 16, 1 << 16);
  std::vector<uint8_t> rgb(static_cast<size_t>(frame->width) * frame->height * 3);
  uint8_t* out[1] = {rgb.data()};
  int outStride[1] = {frame->width * 3};
  sws_scale(sws, frame->data, frame->linesize, 0, frame->height, out, outStride);
  sws_freeContext(sws);
  return rgb;
}

}  // namespace

ProbedVideo probeVideo(const std::string& path, int64_t keep) {
  ProbedVideo probed;
  AVFormatContext* raw = nullptr;
  if (avformat_open_input(&raw, path.c_str(), nullptr, nullptr) < 0) return {.error = "cannot open " + path};
  std::unique_ptr<AVFormatContext, InputClose> input(raw);
  if (avformat_find_stream_info(input.get(), nullptr) < 0) return {.error = "no stream info in " + path};
  const AVCodec* decoder = nullptr;
  int index = av_find_best_stream(input.get(), AVMEDIA_TYPE_VIDEO, -1, -1, &decoder, 0);
  if (index < 0 || !decoder) return {.error = "no video stream in " + path};
  AVStream* stream = input->streams[index];
  std::unique_ptr<AVCodecContext, CodecFree> codec(avcodec_alloc_context3(decoder));
  avcodec_parameters_to_context(codec.get(), stream->codecpar);
  if (avcodec_open2(codec.get(), decoder, nullptr) < 0) return {.error = "cannot open decoder for " + path};

  probed.format = input->iformat->name;
  probed.codec = decoder->name;
  probed.width = stream->codecpar->width;
  probed.height = stream->codecpar->height;
  probed.frameRate = av_q2d(stream->avg_frame_rate);
  probed.durationSeconds = stream->duration > 0 ? stream->duration * av_q2d(stream->time_base)
                                                : double(input->duration) / AV_TIME_BASE;

  std::unique_ptr<AVPacket, PacketFree> packet(av_packet_alloc());
  std::unique_ptr<AVFrame, FrameFree> frame(av_frame_alloc());
  auto receiveAll = [&] {
    while (avcodec_receive_frame(codec.get(), frame.get()) >= 0) {
      if (probed.frames == keep) probed.frameRgb = toRgb(frame.get());
      ++probed.frames;
      av_frame_unref(frame.get());
    }
  };
  while (av_read_frame(input.get(), packet.get()) >= 0) {
    if (packet->stream_index == index) avcodec_send_packet(codec.get(), packet.get());
    av_packet_unref(packet.get());
    receiveAll();
  }
  avcodec_send_packet(codec.get(), nullptr);
  receiveAll();
  return probed;
}

}  // namespace itinera::testing
