package cn.certsift.jobs.reports;

import cn.certsift.common.cert.PostCatalog;

import java.util.List;

/**
 * The work category of the form (电工作业, 焊接与热切割作业 …) a case counts under: the first category of
 * the form that qualifies for the person's post in the post table; none for other posts.
 */
final class FormCategories {

    private final PostCatalog posts;
    private final List<String> categories;

    FormCategories(PostCatalog posts, List<String> categories) {
        this.posts = posts;
        this.categories = categories;
    }

    String of(String post) {
        return posts.lookup(post).flatMap(requirement -> requirement.qualifying().stream()
                .flatMap(certificate -> certificate.categories().stream())
                .filter(categories::contains).findFirst()).orElse(null);
    }
}
