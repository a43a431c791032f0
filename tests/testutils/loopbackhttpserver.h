#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace GoDual::Test {

// A small HTTP/1.1 server on 127.0.0.1 for offline network tests, built on QTcpServer so the
// tests need nothing but Qt. Each registered path answers GET with its bytes (200, or 206 for
// "Range: bytes=N-"), or with a fault. One request per connection ("Connection: close").
// Lives in the test's thread and serves from its event loop, so tests wait with QSignalSpy::wait
// or QTRY_*, never with blocking calls.
class LoopbackHttpServer : public QObject {
    Q_OBJECT

public:
    enum class Fault {
        None,
        DropAfter, // send `faultAfter` body bytes, then close the connection
        StallAfter, // send `faultAfter` body bytes, then send nothing more and keep the connection
        Redirect, // 302 to `location`
        Status, // answer `status` with a short text body
    };

    struct Route {
        QByteArray body;
        Fault fault = Fault::None;
        qint64 faultAfter = 0;
        // How many requests the fault applies to; after that the path is served normally.
        // -1: every request.
        int faultTimes = -1;
        int status = 200; // for Fault::Status
        QByteArray location; // for Fault::Redirect
        bool honourRange = true; // false answers every Range request with 200 and the whole body
        // true answers a Range request with 206 but the whole body from byte 0 (a broken cache)
        bool misplaceRange = false;
        qint64 bytesPerSecond = 0; // 0: as fast as the socket takes it
    };

    struct Request {
        QByteArray method;
        QByteArray path; // with the query
        QHash<QByteArray, QByteArray> headers; // names in lower case
    };

    explicit LoopbackHttpServer(QObject *parent = nullptr);
    ~LoopbackHttpServer() override;

    // Listens on 127.0.0.1 (a free port unless `port` is given); false when that fails.
    bool listen(quint16 port = 0);
    // Stops listening and drops every open connection, so clients see the server as down.
    void close();
    bool isListening() const;
    quint16 port() const { return m_port; }
    // http://127.0.0.1:<port><path>
    QUrl url(const QString &path) const;

    // Registers `path` (without the query; the query is ignored when matching).
    void setRoute(const QByteArray &path, const Route &route) { m_routes.insert(path, route); }
    void serve(const QByteArray &path, const QByteArray &body);
    void removeRoute(const QByteArray &path) { m_routes.remove(path); }

    // Every request seen, oldest first.
    const QList<Request> &requests() const { return m_requests; }
    QList<Request> requestsFor(const QByteArray &path) const;

Q_SIGNALS:
    void requestReceived(const QByteArray &path);

private:
    struct Connection;
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const Request &request);
    void pump(QTcpSocket *socket);

    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    QHash<QByteArray, Route> m_routes;
    QHash<QByteArray, int> m_faultsUsed;
    QList<Request> m_requests;
    QHash<QTcpSocket *, Connection *> m_connections;
};

} // namespace GoDual::Test
