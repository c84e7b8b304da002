package org.parley.database;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;

import javax.net.SocketFactory;

/**
 * Sockets to PostgreSQL that give up on a reply after a number of milliseconds. The driver's own
 * {@code socketTimeout} counts whole seconds, too coarse to answer a request within two seconds when
 * the database stops answering; the driver keeps this timeout when its own is left at 0, and the pool
 * restores it on every connection it hands out.
 * <p>
 * Named in {@code spring.datasource.hikari.data-source-properties.socketFactory}, with the milliseconds
 * as {@code socketFactoryArg}; the driver makes it by reflection.
 */
public class ReplyTimeoutSocketFactory extends SocketFactory {

    private final int replyTimeoutMillis;

    public ReplyTimeoutSocketFactory(String replyTimeoutMillis) {
        this.replyTimeoutMillis = Integer.parseInt(replyTimeoutMillis.strip());
        if (this.replyTimeoutMillis <= 0) {
            throw new IllegalArgumentException("The reply timeout must be a positive number of milliseconds, not " + replyTimeoutMillis);
        }
    }

    @Override
    public Socket createSocket() throws IOException {
        Socket socket = new Socket();
        socket.setSoTimeout(replyTimeoutMillis);
        return socket;
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return connected(new InetSocketAddress(address, port));
    }

    private Socket connected(InetSocketAddress address) throws IOException {
        Socket socket = createSocket();
        socket.connect(address, replyTimeoutMillis);
        return socket;
    }
}
