// The FFmpeg muxer and encoder behind FrameEncoder: libx264 in MP4, or FFmpeg's GIF encoder.
#include "export/frame_encoder.h"

#include <string_view>

#include "export/ffmpeg_handles.h"
#include "export/frame_converter.h"

extern "C" {
#include <libavutil/opt.h>
}

namespace itinera {

namespace {

class FfmpegEncoder : public FrameEncoder {
 public:
  FfmpegEncoder(std::string shownName, AvOutputFormatContextPtr muxer, AvCodecContextPtr codec, AVStream* stream,
                std::unique_ptr<FrameConverter> converter)
      : name_(std::move(shownName)), muxer_(std::move(muxer)), codec_(std::move(codec)), stream_(stream),
        converter_(std::move(converter)), packet_(av_packet_alloc()) {}

  // An unfinished video is removed, but FFmpeg 5.1's GIF muxer frees the frame it holds back only
  // in its trailer: write it (a few bytes) so nothing leaks. An MP4's trailer is skipped: with
  // faststart it would rewrite the whole file only to delete it.
  ~FfmpegEncoder() override {
    if (!trailerWritten_ && std::string_view(muxer_->oformat->name) == "gif") av_write_trailer(muxer_.get());
  }

  std::string encode(const uint8_t* rgba) override {
    return converter_->convert(rgba, nextPts_++, [this](AVFrame* frame) { return send(frame); });
  }

  std::string encodeRepeat(const uint8_t* rgba) override {
    return converter_->repeat(rgba, nextPts_++, [this](AVFrame* frame) { return send(frame); });
  }

  std::string finish() override {
    std::string error = converter_->flush([this](AVFrame* frame) { return send(frame); });
    if (error.empty()) error = send(nullptr);  // drains the encoder's delayed frames
    if (!error.empty()) return error;
    int ret = av_write_trailer(muxer_.get());
    trailerWritten_ = true;
    if (ret < 0) return name_ + ": cannot finish the video (" + avErrorText(ret) + ")";
    avio_flush(muxer_->pb);
    if (muxer_->pb->error < 0) return name_ + ": write failed (" + avErrorText(muxer_->pb->error) + ")";
    ret = avio_closep(&muxer_->pb);
    if (ret < 0) return name_ + ": write failed (" + avErrorText(ret) + ")";
    return {};
  }

  int64_t framesWritten() const override { return packetsWritten_; }

 private:
  // Sends one frame (or nullptr to flush) and writes every packet the encoder has ready.
  std::string send(AVFrame* frame) {
    int ret = avcodec_send_frame(codec_.get(), frame);
    if (ret < 0) return name_ + ": cannot encode frame " + std::to_string(nextPts_ - 1) + " (" + avErrorText(ret) + ")";
    for (;;) {
      ret = avcodec_receive_packet(codec_.get(), packet_.get());
      if (ret == AVERROR(EAGAIN) || ret == AVERROR_EOF) return {};
      if (ret < 0) return name_ + ": cannot encode (" + avErrorText(ret) + ")";
      av_packet_rescale_ts(packet_.get(), codec_->time_base, stream_->time_base);
      packet_->stream_index = stream_->index;
      ret = av_interleaved_write_frame(muxer_.get(), packet_.get());  // takes the packet's data
      if (ret < 0) return name_ + ": write failed (" + avErrorText(ret) + ")";
      ++packetsWritten_;
    }
  }

  std::string name_;
  AvOutputFormatContextPtr muxer_;
  AvCodecContextPtr codec_;
  AVStream* stream_;
  std::unique_ptr<FrameConverter> converter_;
  AvPacketPtr packet_;
  int64_t nextPts_ = 0;
  int64_t packetsWritten_ = 0;
  bool trailerWritten_ = false;
};

void configureH264(AVCodecContext* codec, int fps) {
  codec->pix_fmt = AV_PIX_FMT_YUV420P;
  codec->color_range = AVCOL_RANGE_MPEG;
  codec->colorspace = AVCOL_SPC_BT709;
  codec->color_primaries = AVCOL_PRI_BT709;
  codec->color_trc = AVCOL_TRC_BT709;
  codec->gop_size = 2 * fps;  // a key frame every two seconds keeps seeking in a player quick
  codec->thread_count = 0;    // x264 picks its own threads
  av_opt_set(codec->priv_data, "preset", kX264Preset, 0);
  av_opt_set(codec->priv_data, "crf", std::to_string(kX264Crf).c_str(), 0);
}

Result<AvCodecContextPtr> openCodec(const std::string& name, const EncoderSettings& s, bool globalHeader) {
  bool mp4 = s.format == VideoFormat::Mp4;
  const AVCodec* codec = mp4 ? avcodec_find_encoder_by_name("libx264") : avcodec_find_encoder(AV_CODEC_ID_GIF);
  if (!codec) return Error{name + ": this FFmpeg has no " + (mp4 ? "libx264" : "GIF") + " encoder"};
  AvCodecContextPtr context(avcodec_alloc_context3(codec));
  if (!context) return Error{name + ": cannot allocate the encoder"};
  context->width = s.width;
  context->height = s.height;
  context->time_base = AVRational{1, s.fps};
  context->framerate = AVRational{s.fps, 1};
  context->sample_aspect_ratio = AVRational{1, 1};
  if (mp4) configureH264(context.get(), s.fps);
  else context->pix_fmt = AV_PIX_FMT_PAL8;
  if (globalHeader) context->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
  int ret = avcodec_open2(context.get(), codec, nullptr);
  if (ret < 0) return Error{name + ": cannot open the " + codec->name + " encoder (" + avErrorText(ret) + ")"};
  return context;
}

}  // namespace

Result<std::unique_ptr<FrameEncoder>> FrameEncoder::open(const std::string& file, const std::string& shownName,
                                                        const EncoderSettings& s) {
  // Every failure comes back as a message naming the file; FFmpeg's own log would say it twice
  // (and x264 prints statistics on every close).
  av_log_set_level(AV_LOG_FATAL);
  bool mp4 = s.format == VideoFormat::Mp4;
  AVFormatContext* rawMuxer = nullptr;
  int ret = avformat_alloc_output_context2(&rawMuxer, nullptr, mp4 ? "mp4" : "gif", file.c_str());
  if (ret < 0) return Error{shownName + ": cannot set up the muxer (" + avErrorText(ret) + ")"};
  AvOutputFormatContextPtr muxer(rawMuxer);

  auto codec = openCodec(shownName, s, muxer->oformat->flags & AVFMT_GLOBALHEADER);
  if (!codec) return Error{codec.error()};
  auto converter = mp4 ? makeYuv420Converter(s.width, s.height) : makePaletteConverter(s.width, s.height, s.fps);
  if (!converter) return Error{shownName + ": " + converter.error()};

  AVStream* stream = avformat_new_stream(muxer.get(), nullptr);
  if (!stream) return Error{shownName + ": cannot add the video stream"};
  stream->time_base = codec.value()->time_base;
  stream->avg_frame_rate = AVRational{s.fps, 1};
  ret = avcodec_parameters_from_context(stream->codecpar, codec.value().get());
  if (ret < 0) return Error{shownName + ": cannot set up the video stream (" + avErrorText(ret) + ")"};

  ret = avio_open(&muxer->pb, file.c_str(), AVIO_FLAG_WRITE);
  if (ret < 0) return Error{shownName + ": cannot create the file (" + avErrorText(ret) + ")"};
  AVDictionary* options = nullptr;
  // faststart moves the index to the front at the end, so a browser plays while downloading.
  if (mp4) av_dict_set(&options, "movflags", "+faststart", 0);
  ret = avformat_write_header(muxer.get(), &options);
  av_dict_free(&options);
  if (ret < 0) return Error{shownName + ": cannot write the video header (" + avErrorText(ret) + ")"};
  return std::unique_ptr<FrameEncoder>(new FfmpegEncoder(shownName, std::move(muxer), std::move(codec.value()),
                                                         stream, std::move(converter.value())));
}

}  // namespace itinera
