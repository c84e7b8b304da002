package org.parley.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.parley.TestDatabase;

/**
 * A TCP proxy between Parley and PostgreSQL that a test can cut (connections refused, open ones reset),
 * silence (connections accepted, nothing answered) or slow down (every reply late), as networks and
 * overloaded databases do.
 */
final class TcpProxy implements AutoCloseable {

    private enum Mode { PASS, REFUSE, SILENT, SLOW }

    private final InetSocketAddress target;

    private final int port;

    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "tcp-proxy");
        thread.setDaemon(true);
        return thread;
    });

    private volatile ServerSocket listener;

    private volatile Mode mode = Mode.PASS;

    private volatile long delayMillis;

    /** A proxy in front of the test run's PostgreSQL. */
    static TcpProxy toTestDatabase() {
        try {
            return new TcpProxy(TestDatabase.server().host(), TestDatabase.server().port());
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    TcpProxy(String targetHost, int targetPort) throws IOException {
        this.target = new InetSocketAddress(targetHost, targetPort);
        this.listener = listen(0);
        this.port = listener.getLocalPort();
        threads.execute(() -> accept(listener));
    }

    int port() {
        return port;
    }

    /** Forwards everything as it comes, reopening for connections if it was cut. */
    synchronized void pass() throws IOException {
        mode = Mode.PASS;
        if (listener.isClosed()) {
            listener = listen(port);
            ServerSocket reopened = listener;
            threads.execute(() -> accept(reopened));
        }
        notifyAll();
    }

    /** The database is gone: new connections are refused and open ones reset. */
    synchronized void cut() throws IOException {
        mode = Mode.REFUSE;
        listener.close();
        open.forEach(TcpProxy::closeQuietly);
        open.clear();
        notifyAll();
    }

    /** The database stopped answering: connections are accepted and nothing comes back. */
    synchronized void silence() {
        mode = Mode.SILENT;
    }

    /** Every message arrives this much later. */
    synchronized void slow(Duration delay) {
        delayMillis = delay.toMillis();
        mode = Mode.SLOW;
        notifyAll();
    }

    @Override
    public void close() throws IOException {
        cut();
        threads.shutdownNow();
    }

    private ServerSocket listen(int onPort) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort));
        return socket;
    }

    private void accept(ServerSocket from) {
        while (!from.isClosed()) {
            try {
                Socket client = from.accept();
                if (register(client)) {
                    threads.execute(() -> connect(client));
                }
            }
            catch (IOException closed) {
                return;
            }
        }
    }

    private void connect(Socket client) {
        Socket upstream = new Socket();
        try {
            if (!register(upstream)) {
                closeQuietly(client);
                return;
            }
            upstream.connect(target, 5_000);
            threads.execute(() -> pump(client, upstream));
            pump(upstream, client);
        }
        catch (IOException ex) {
            closeQuietly(client);
            closeQuietly(upstream);
            open.remove(client);
            open.remove(upstream);
        }
    }

    // a connection made while the proxy is cut is closed at once, as a connection to a vanished server would be
    private synchronized boolean register(Socket socket) {
        if (mode == Mode.REFUSE) {
            closeQuietly(socket);
            return false;
        }
        open.add(socket);
        return true;
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                awaitForwarding();
                out.write(buffer, 0, read);
                out.flush();
            }
        }
        catch (IOException | InterruptedException ended) {
            // one side went away; so does the other
        }
        finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private void awaitForwarding() throws InterruptedException {
        long delay;
        synchronized (this) {
            while (mode == Mode.SILENT) {
                wait();
            }
            if (mode == Mode.REFUSE) {
                throw new InterruptedException("the proxy is cut");
            }
            delay = mode == Mode.SLOW ? delayMillis : 0;
        }
        if (delay > 0) {
            Thread.sleep(delay);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        }
        catch (IOException ignored) {
            // closing is all that was asked
        }
    }
}
