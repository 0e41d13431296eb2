/** Chagres ffm-cuda (being written). */
module org.chagres.cuda {
    requires org.chagres.kernels;
}
