// The frame queue's backpressure, order, stride handling and shutdown.
#include "export/frame_queue.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

namespace itinera {
namespace {

TEST(FrameQueue, DeliversFramesInOrderAndReadsBottomUpRows) {
  FrameQueue queue(2);
  const uint8_t rows[2][4] = {{1, 2, 3, 4}, {5, 6, 7, 8}};
  ASSERT_TRUE(queue.push(&rows[0][0], 4, 4, 2));
  ASSERT_TRUE(queue.push(&rows[1][0], -4, 4, 2));  // last row first
  EXPECT_EQ(*queue.pop(), (std::vector<uint8_t>{1, 2, 3, 4, 5, 6, 7, 8}));
  EXPECT_EQ(*queue.pop(), (std::vector<uint8_t>{5, 6, 7, 8, 1, 2, 3, 4}));
}

TEST(FrameQueue, PushBlocksWhileFull) {
  FrameQueue queue(1);
  uint8_t pixel[4] = {};
  ASSERT_TRUE(queue.push(pixel, 4, 4, 1));
  std::atomic<bool> pushed{false};
  std::thread producer([&] {
    queue.push(pixel, 4, 4, 1);
    pushed = true;
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  EXPECT_FALSE(pushed) << "a full queue must hold the producer back";
  ASSERT_TRUE(queue.pop());
  producer.join();
  EXPECT_TRUE(pushed);
}

TEST(FrameQueue, CloseWakesBlockedProducerAndDrops) {
  FrameQueue queue(1);
  uint8_t pixel[4] = {};
  ASSERT_TRUE(queue.push(pixel, 4, 4, 1));
  std::atomic<int> result{-1};
  std::thread producer([&] { result = queue.push(pixel, 4, 4, 1) ? 1 : 0; });
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  queue.close(true);
  producer.join();
  EXPECT_EQ(result, 0);
  EXPECT_FALSE(queue.pop()) << "dropped frames are not delivered";
}

TEST(FrameQueue, CloseKeepsPendingFramesUnlessDropped) {
  FrameQueue queue(2);
  uint8_t pixel[4] = {9, 9, 9, 9};
  ASSERT_TRUE(queue.push(pixel, 4, 4, 1));
  queue.close(false);
  EXPECT_TRUE(queue.pop());
  EXPECT_FALSE(queue.pop());
}

}  // namespace
}  // namespace itinera
