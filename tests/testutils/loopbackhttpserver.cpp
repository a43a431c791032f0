#include "loopbackhttpserver.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <utility>

namespace GoDual::Test {

struct LoopbackHttpServer::Connection {
    QByteArray received;
    bool answered = false;
    QByteArray pending; // what is still to be sent
    bool keepOpen = false; // a stall: after `pending`, send nothing and never close
    qint64 bytesPerSecond = 0;
    QTimer *timer = nullptr;
};

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 206:
        return "Partial Content";
    case 302:
        return "Found";
    case 404:
        return "Not Found";
    case 416:
        return "Range Not Satisfiable";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray head(int status, qint64 length, const QList<QByteArray> &extra = {})
{
    QByteArray h = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    h += "Content-Length: " + QByteArray::number(length) + "\r\n";
    h += "Connection: close\r\n";
    for (const QByteArray &line : extra)
        h += line + "\r\n";
    return h + "\r\n";
}

} // namespace

LoopbackHttpServer::LoopbackHttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackHttpServer::onNewConnection);
}

LoopbackHttpServer::~LoopbackHttpServer() { close(); }

bool LoopbackHttpServer::listen(quint16 port)
{
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return false;
    m_port = m_server->serverPort();
    return true;
}

void LoopbackHttpServer::close()
{
    m_server->close();
    const auto connections = m_connections;
    m_connections.clear();
    for (auto it = connections.cbegin(); it != connections.cend(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
        it.key()->deleteLater();
        delete it.value()->timer;
        delete it.value();
    }
}

bool LoopbackHttpServer::isListening() const { return m_server->isListening(); }

QUrl LoopbackHttpServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
}

void LoopbackHttpServer::serve(const QByteArray &path, const QByteArray &body)
{
    Route route;
    route.body = body;
    setRoute(path, route);
}

QList<LoopbackHttpServer::Request> LoopbackHttpServer::requestsFor(const QByteArray &path) const
{
    QList<Request> matching;
    for (const Request &r : m_requests) {
        if (r.path.split('?').value(0) == path)
            matching.append(r);
    }
    return matching;
}

void LoopbackHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_connections.insert(socket, new Connection);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { pump(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            if (Connection *c = m_connections.take(socket)) {
                delete c->timer;
                delete c;
            }
            socket->deleteLater();
        });
    }
}

void LoopbackHttpServer::onReadyRead(QTcpSocket *socket)
{
    Connection *c = m_connections.value(socket);
    if (!c)
        return;
    c->received += socket->readAll();
    if (c->answered)
        return;
    // Not HTTP (a TLS ClientHello starts with 0x16): hang up, as a plain HTTP server would.
    if (!c->received.isEmpty() && (c->received.front() < 'A' || c->received.front() > 'Z')) {
        socket->abort();
        return;
    }
    const qsizetype end = c->received.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    c->answered = true;
    const QList<QByteArray> lines = c->received.left(end).split('\n');
    Request request;
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    request.method = first.value(0);
    request.path = first.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    m_requests.append(request);
    respond(socket, request);
    Q_EMIT requestReceived(request.path.split('?').value(0));
}

void LoopbackHttpServer::respond(QTcpSocket *socket, const Request &request)
{
    Connection *c = m_connections.value(socket);
    const QByteArray path = request.path.split('?').value(0);
    const auto it = m_routes.constFind(path);
    if (it == m_routes.constEnd()) {
        c->pending = head(404, 10) + "not found\n";
        return pump(socket);
    }
    const Route &route = *it;
    c->bytesPerSecond = route.bytesPerSecond;

    Fault fault = route.fault;
    if (fault != Fault::None) {
        int &used = m_faultsUsed[path];
        if (route.faultTimes >= 0 && used >= route.faultTimes)
            fault = Fault::None;
        else
            ++used;
    }

    if (fault == Fault::Redirect) {
        c->pending = head(302, 0, { "Location: " + route.location });
        return pump(socket);
    }
    if (fault == Fault::Status) {
        const QByteArray body = "error " + QByteArray::number(route.status) + '\n';
        c->pending = head(route.status, body.size()) + body;
        return pump(socket);
    }

    const qint64 size = route.body.size();
    qint64 from = 0;
    const QByteArray range = request.headers.value("range");
    if (route.honourRange && range.startsWith("bytes=") && range.endsWith('-')) {
        bool ok = false;
        from = range.mid(6, range.size() - 7).toLongLong(&ok);
        if (!ok || from >= size) {
            c->pending = head(416, 0, { "Content-Range: bytes */" + QByteArray::number(size) });
            return pump(socket);
        }
    }
    const bool misplaced = route.misplaceRange && from > 0;
    if (misplaced)
        from = 0;
    const QByteArray body = route.body.mid(from);
    QByteArray response = from > 0 || misplaced
        ? head(206, body.size(),
              { "Content-Range: bytes " + QByteArray::number(from) + '-' + QByteArray::number(size - 1) + '/'
                  + QByteArray::number(size) })
        : head(200, body.size(), { "Content-Type: application/octet-stream" });
    if (fault == Fault::DropAfter || fault == Fault::StallAfter) {
        response += body.left(route.faultAfter);
        c->keepOpen = fault == Fault::StallAfter;
    } else {
        response += body;
    }
    c->pending = response;
    pump(socket);
}

// Sends what is pending, throttled when the route asks for a rate, then closes (or stalls).
void LoopbackHttpServer::pump(QTcpSocket *socket)
{
    Connection *c = m_connections.value(socket);
    if (!c || !c->answered)
        return;
    if (socket->bytesToWrite() > 0)
        return; // bytesWritten() brings us back
    if (c->pending.isEmpty()) {
        if (!c->keepOpen && socket->state() == QAbstractSocket::ConnectedState)
            socket->disconnectFromHost();
        return;
    }
    if (c->bytesPerSecond <= 0) {
        socket->write(std::exchange(c->pending, {}));
        return;
    }
    if (!c->timer) {
        c->timer = new QTimer;
        c->timer->setInterval(50);
        QObject::connect(c->timer, &QTimer::timeout, this, [this, socket] {
            Connection *conn = m_connections.value(socket);
            if (!conn || conn->pending.isEmpty())
                return;
            const qint64 slice = qMax<qint64>(1, conn->bytesPerSecond / 20);
            socket->write(conn->pending.left(slice));
            conn->pending.remove(0, qMin<qint64>(slice, conn->pending.size()));
        });
        c->timer->start();
    }
}

} // namespace GoDual::Test
