package io.riffle.launcher.it;

/** The Main-Class of a job bundle whose main() fails before it submits a job; SubmitIT packs this class into a bundle. */
public final class ThrowingMain {

    private ThrowingMain() {
    }

    public static void main(String[] args) {
        throw new IllegalStateException("this job needs --input, and none was given");
    }
}
