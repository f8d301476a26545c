// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

// A one-file HTTP/1.1 server on 127.0.0.1 for tests: records each request and
// answers with a fixed response, or never answers (for time-outs).
class HttpTestServer : public QTcpServer
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };

    explicit HttpTestServer(QObject* parent = nullptr)
        : QTcpServer(parent)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
    }

    bool start() { return listen(QHostAddress::LocalHost, 0); }
    QString url(const QByteArray& path = "/") const
    {
        return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()) + QString::fromLatin1(path);
    }

    QList<Request> requests;
    bool silent = false;
    int status = 200;
    QByteArray responseBody = R"({"ok":true})";

private:
    void read(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (buffer.startsWith('\x16')) {
            // A TLS handshake on this plain server: answer in plain text, as a misconfigured backend would.
            socket->write("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
            m_buffers.remove(socket);
            return;
        }
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            return;
        }
        Request request;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> first = lines.first().trimmed().split(' ');
        request.method = first.value(0);
        request.path = first.value(1);
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            const QByteArray name = lines[i].left(colon).trimmed().toLower();
            const QByteArray value = lines[i].mid(colon + 1).trimmed();
            request.headers.insert(name, value);
            if (name == "content-length") {
                length = value.toLongLong();
            }
        }
        if (buffer.size() < headerEnd + 4 + length) {
            return;
        }
        request.body = buffer.mid(headerEnd + 4, length);
        m_buffers.remove(socket);
        requests.append(request);
        if (silent) {
            return;
        }
        const QByteArray reply = "HTTP/1.1 " + QByteArray::number(status)
            + " Test\r\nContent-Type: application/json\r\n"
              "X-Test-Server: yes\r\nContent-Length: "
            + QByteArray::number(responseBody.size()) + "\r\nConnection: close\r\n\r\n" + responseBody;
        socket->write(reply);
        socket->disconnectFromHost();
    }

    QHash<QTcpSocket*, QByteArray> m_buffers;
};
