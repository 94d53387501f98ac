#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace quita {

// An error from the core: a stable machine code, the field (or line) it concerns,
// and a sentence already passed through tr() for the user.
struct Error
{
    QString code;
    QString field;
    QString message;
};

// A value or an Error. Small on purpose: the core returns it, the UI turns the
// error into a message next to the field it names.
template <typename T>
class Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T *operator->() const { return &std::get<T>(m_data); }
    const T &operator*() const { return value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// For operations with no value to return.
struct Done
{
};
using Status = Result<Done>;

} // namespace quita
