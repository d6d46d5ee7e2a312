#pragma once

// Timing helpers shared by the benchmarks: run work many times, report median and 99th percentile.
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <vector>

struct Figures
{
    double medianMs;
    double p99Ms;
};

// The median and 99th percentile of samples in nanoseconds (timed elsewhere: other threads).
inline Figures figuresOf(std::vector<qint64> samples)
{
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double fraction) {
        const size_t index = std::min(samples.size() - 1, size_t(fraction * samples.size()));
        return samples[index] / 1e6;
    };
    return {at(0.5), at(0.99)};
}

template<typename Work>
Figures measure(int iterations, Work work)
{
    std::vector<qint64> samples;
    samples.reserve(iterations);
    QElapsedTimer timer;
    for (int i = 0; i < iterations; ++i) {
        timer.start();
        work(i);
        samples.push_back(timer.nsecsElapsed());
    }
    return figuresOf(std::move(samples));
}

// Peak resident memory of this process, in MiB (Linux's VmHWM); -1 elsewhere.
inline double peakMemoryMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}
