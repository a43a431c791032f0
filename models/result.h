#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace GoDual {

// An expected failure as a value: the message says what went wrong and names the path, value or
// command responsible, in words fit for the user. Build one with Failure{...} and return it.
struct Failure {
    QString message;
};

// Result<T> holds either a T or a Failure. GoDual has no exceptions; anything that can fail for
// reasons outside the program (files, processes, bytes from elsewhere) returns one of these.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Failure failure)
        : m_error(std::move(failure.message))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    // Only valid when ok(); checked by Q_ASSERT in debug builds through std::optional's contract.
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    const T &operator*() const { return *m_value; }

    // Empty when ok().
    const QString &error() const { return m_error; }

private:
    std::optional<T> m_value;
    QString m_error;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Failure failure)
        : m_error(std::move(failure.message))
        , m_failed(true)
    {
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    QString m_error;
    bool m_failed = false;
};

} // namespace GoDual
